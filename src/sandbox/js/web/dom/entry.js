// The DOM inside Stepstone's sandbox: linkedom's documents and elements,
// with Stepstone's own events, forms, focus, FormData, Headers and
// Response, bundled into one classic script (`npm run build`).
//
// It runs in a realm of its own (the "DOM realm"), which the web harness
// (`../harness.js`) freezes before any learner code runs, so a learner
// cannot change how elements, events or selectors behave for the tests.
// The one global it leaves, `__stepstone_dom`, is taken and deleted by the
// harness at once.
//
// Why our own events: linkedom's keep `defaultPrevented`, `target` and the
// propagation flags in plain properties a listener can rewrite, ignore
// capture, and run listeners through the learner's `Function.prototype
// .call`. Here an event's state lives in a WeakMap of this realm, and
// dispatch follows the DOM standard's order: capture from the window down,
// the target, then bubbling back up.
//
// What it leaves out: layout (sizes and positions are 0), computed styles,
// navigation (links and forms go nowhere), shadow DOM events, iframes.
import {
  DOMParser,
  EventTarget,
  Node,
  Element,
  Text,
  Comment,
  DocumentFragment,
  HTMLElement,
  HTMLInputElement,
  HTMLSelectElement,
  HTMLOptionElement,
  HTMLTextAreaElement,
  HTMLButtonElement,
  HTMLFormElement,
  HTMLAnchorElement,
  HTMLLabelElement,
  HTMLUListElement,
  HTMLOListElement,
  HTMLLIElement,
  HTMLDivElement,
  HTMLSpanElement,
  HTMLParagraphElement,
  HTMLHeadingElement,
  HTMLImageElement,
  HTMLTableElement,
  HTMLTableRowElement,
  HTMLTableCellElement,
  HTMLTemplateElement,
  NodeList,
  NodeFilter,
} from "linkedom";
// Not exported by linkedom's package: imported by path so it is the same
// module instance linkedom itself uses. linkedom registers no class for
// <form>, so forms would be plain HTMLElements without this.
import { registerHTMLClass, htmlClasses } from "./node_modules/linkedom/esm/shared/register-html-class.js";
registerHTMLClass("form", HTMLFormElement);

const apply = Reflect.apply;
const defineProperty = Object.defineProperty;
const getOwn = Object.getOwnPropertyDescriptor;

// ---- events ---------------------------------------------------------------
const state = new WeakMap(); // event -> its private state
const listeners = new WeakMap(); // target -> Map(type -> [listener])
const parents = new WeakMap(); // document -> the window's event target
const compilers = new WeakMap(); // document -> compiles an onclick="..." attribute
const errorSinks = new WeakMap(); // document -> reports a listener's error
let clockNow = () => 0;

function st(e) {
  const s = state.get(e);
  if (s === undefined) throw new TypeError("Illegal invocation: not an Event");
  return s;
}

class Event {
  constructor(type, init) {
    if (arguments.length < 1) throw new TypeError("Event needs a type, for example new Event('click')");
    const i = init === undefined || init === null ? {} : init;
    state.set(this, {
      type: String(type),
      bubbles: !!i.bubbles,
      cancelable: !!i.cancelable,
      composed: !!i.composed,
      canceled: false,
      stop: false,
      stopNow: false,
      phase: 0,
      target: null,
      current: null,
      trusted: false,
      dispatching: false,
      path: [],
      time: clockNow(),
    });
  }
  get type() { return st(this).type; }
  get bubbles() { return st(this).bubbles; }
  get cancelable() { return st(this).cancelable; }
  get composed() { return st(this).composed; }
  get defaultPrevented() { return st(this).canceled; }
  get target() { return st(this).target; }
  get srcElement() { return st(this).target; }
  get currentTarget() { return st(this).current; }
  get eventPhase() { return st(this).phase; }
  get isTrusted() { return st(this).trusted; }
  get timeStamp() { return st(this).time; }
  get returnValue() { return !st(this).canceled; }
  set returnValue(v) { if (!v) this.preventDefault(); }
  get cancelBubble() { return st(this).stop; }
  set cancelBubble(v) { if (v) st(this).stop = true; }
  preventDefault() {
    const s = st(this);
    if (s.cancelable) s.canceled = true;
  }
  stopPropagation() { st(this).stop = true; }
  stopImmediatePropagation() {
    const s = st(this);
    s.stop = true;
    s.stopNow = true;
  }
  composedPath() { return st(this).dispatching ? st(this).path.slice() : []; }
}
for (const [name, value] of [["NONE", 0], ["CAPTURING_PHASE", 1], ["AT_TARGET", 2], ["BUBBLING_PHASE", 3]]) {
  defineProperty(Event, name, { value });
  defineProperty(Event.prototype, name, { value });
}

const modifiers = (i) => ({ ctrlKey: !!i.ctrlKey, shiftKey: !!i.shiftKey, altKey: !!i.altKey, metaKey: !!i.metaKey });
class UIEvent extends Event {
  constructor(type, init) {
    super(type, init);
    const i = init || {};
    this.detail = i.detail === undefined ? 0 : i.detail;
    this.view = null;
  }
}
class MouseEvent extends UIEvent {
  constructor(type, init) {
    super(type, init);
    const i = init || {};
    Object.assign(this, modifiers(i), { button: i.button | 0, buttons: i.buttons | 0, clientX: +i.clientX || 0, clientY: +i.clientY || 0 });
  }
}
class KeyboardEvent extends UIEvent {
  constructor(type, init) {
    super(type, init);
    const i = init || {};
    Object.assign(this, modifiers(i), { key: i.key === undefined ? "" : String(i.key), code: i.code === undefined ? "" : String(i.code), repeat: !!i.repeat });
  }
}
class InputEvent extends UIEvent {
  constructor(type, init) {
    super(type, init);
    const i = init || {};
    this.data = i.data === undefined ? null : i.data;
    this.inputType = i.inputType === undefined ? "" : String(i.inputType);
  }
}
class FocusEvent extends UIEvent {
  constructor(type, init) {
    super(type, init);
    this.relatedTarget = (init && init.relatedTarget) || null;
  }
}
class SubmitEvent extends Event {
  constructor(type, init) {
    super(type, init);
    this.submitter = (init && init.submitter) || null;
  }
}
class CustomEvent extends Event {
  constructor(type, init) {
    super(type, init);
    this.detail = init && init.detail !== undefined ? init.detail : null;
  }
}

function addEventListener(type, callback, options) {
  if (callback === null || callback === undefined) return;
  if (typeof callback !== "function" && typeof callback !== "object") throw new TypeError("addEventListener needs a function");
  const capture = typeof options === "boolean" ? options : !!(options && options.capture);
  const once = !!(options && typeof options === "object" && options.once);
  const t = String(type);
  let m = listeners.get(this);
  if (m === undefined) listeners.set(this, (m = new Map()));
  let list = m.get(t);
  if (list === undefined) m.set(t, (list = []));
  for (const l of list) if (l.callback === callback && l.capture === capture) return;
  list.push({ callback, capture, once, removed: false });
}

function removeEventListener(type, callback, options) {
  const capture = typeof options === "boolean" ? options : !!(options && options.capture);
  const m = listeners.get(this);
  const list = m && m.get(String(type));
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    if (list[i].callback === callback && list[i].capture === capture) {
      list[i].removed = true;
      list.splice(i, 1);
      return;
    }
  }
}

function parentOf(node) {
  const p = node.parentNode;
  if (p !== null && p !== undefined) return p;
  return parents.get(node) || null;
}

function documentOf(node) {
  if (node === null || node === undefined) return null;
  if (parents.has(node)) return node;
  return node.ownerDocument || null;
}

function reportError(node, error) {
  let doc = documentOf(node);
  if (doc === null) {
    // The window's own target: find its document.
    for (const [d, w] of windows) if (w === node) doc = d;
  }
  const sink = doc && errorSinks.get(doc);
  if (sink) sink(error);
}
const windows = new Map(); // document -> window target (few: one per page load)

function invoke(node, event, s, phase) {
  s.current = node;
  // An inline attribute handler (onclick="...") runs as a listener would,
  // compiled in the page's realm by the harness.
  if (phase !== 1 && typeof node.getAttribute === "function") {
    const code = node.getAttribute("on" + s.type);
    const doc = documentOf(node);
    const compile = doc && compilers.get(doc);
    if (code !== null && compile) {
      try {
        const fn = compile(code);
        if (apply(fn, node, [event]) === false) event.preventDefault();
      } catch (e) {
        reportError(node, e);
      }
      if (s.stopNow) return;
    }
  }
  const m = listeners.get(node);
  const list = m && m.get(s.type);
  if (!list) return;
  for (const l of list.slice()) {
    if (l.removed) continue;
    if (phase === 1 && !l.capture) continue;
    if (phase === 3 && l.capture) continue;
    if (l.once) apply(removeEventListener, node, [s.type, l.callback, l.capture]);
    try {
      if (typeof l.callback === "function") apply(l.callback, node, [event]);
      else {
        const h = l.callback.handleEvent;
        if (typeof h === "function") apply(h, l.callback, [event]);
      }
    } catch (e) {
      reportError(node, e);
    }
    if (s.stopNow) return;
  }
}

function dispatchEvent(event) {
  const s = st(event);
  if (s.dispatching) throw new Error("InvalidStateError: this event is already being dispatched");
  s.dispatching = true;
  s.target = this;
  s.stop = false;
  s.stopNow = false;
  const path = [];
  for (let n = this; n !== null && path.length < 10000; n = parentOf(n)) path.push(n);
  s.path = path;
  s.phase = 1;
  for (let i = path.length - 1; i > 0 && !s.stop; i--) invoke(path[i], event, s, 1);
  if (!s.stop) {
    s.phase = 2;
    invoke(this, event, s, 2);
  }
  if (s.bubbles) {
    s.phase = 3;
    for (let i = 1; i < path.length && !s.stop; i++) invoke(path[i], event, s, 3);
  }
  s.phase = 0;
  s.current = null;
  s.dispatching = false;
  return !s.canceled;
}

for (const [name, fn] of [["addEventListener", addEventListener], ["removeEventListener", removeEventListener], ["dispatchEvent", dispatchEvent]]) {
  defineProperty(EventTarget.prototype, name, { value: fn, writable: true, configurable: true });
}

/** An event the user made (the tests' helpers): isTrusted is true. */
function trusted(E, type, init) {
  const e = new E(type, init);
  st(e).trusted = true;
  return e;
}
const fire = (target, E, type, init) => apply(dispatchEvent, target, [trusted(E, type, init)]);

// ---- focus ----------------------------------------------------------------
const focused = new WeakMap(); // document -> element
function focusable(el) {
  return el.matches("input, select, textarea, button, a[href], [tabindex], [contenteditable]") && !el.hasAttribute("disabled");
}
function focus() {
  const doc = this.ownerDocument;
  if (!doc || !focusable(this)) return;
  const before = focused.get(doc) || null;
  if (before === this) return;
  if (before !== null) apply(blur, before, []);
  focused.set(doc, this);
  fire(this, FocusEvent, "focus", {});
  fire(this, FocusEvent, "focusin", { bubbles: true });
}
function blur() {
  const doc = this.ownerDocument;
  if (!doc || focused.get(doc) !== this) return;
  focused.delete(doc);
  // Leaving a field whose text changed commits it, as a browser does.
  const dirty = edited.get(this);
  if (dirty) {
    edited.delete(this);
    fire(this, Event, "change", { bubbles: true });
  }
  fire(this, FocusEvent, "blur", {});
  fire(this, FocusEvent, "focusout", { bubbles: true });
}
const edited = new WeakMap(); // element -> typed into since it was focused
defineProperty(Element.prototype, "focus", { value: focus, writable: true, configurable: true });
defineProperty(Element.prototype, "blur", { value: blur, writable: true, configurable: true });

// ---- forms ----------------------------------------------------------------
const controlSelector = "input, select, textarea, button";
const formOf = (el) => el.closest("form");
const typeOf = (el) => (el.getAttribute("type") || "text").toLowerCase();
const defaults = new WeakMap(); // control -> its value before anyone typed

function rememberDefault(el) {
  if (!defaults.has(el)) {
    defaults.set(el, {
      value: el.localName === "textarea" ? el.textContent : el.getAttribute("value"),
      checked: el.hasAttribute("checked"),
    });
  }
}

const valueAttr = getOwn(HTMLInputElement.prototype, "value");
defineProperty(HTMLInputElement.prototype, "value", {
  get() {
    const v = this.getAttribute("value");
    const t = typeOf(this);
    if ((t === "checkbox" || t === "radio") && (v === null || v === undefined)) return "on";
    return v === null || v === undefined ? "" : v;
  },
  set(v) {
    rememberDefault(this);
    apply(valueAttr.set, this, [v === null ? "" : String(v)]);
  },
  configurable: true,
});
defineProperty(HTMLInputElement.prototype, "defaultValue", {
  get() { return defaults.has(this) ? defaults.get(this).value || "" : this.getAttribute("value") || ""; },
  set(v) { this.setAttribute("value", String(v)); },
  configurable: true,
});
defineProperty(HTMLInputElement.prototype, "checked", {
  get() { return this.hasAttribute("checked"); },
  set(v) {
    rememberDefault(this);
    if (v) {
      this.setAttribute("checked", "");
      if (typeOf(this) === "radio" && this.name) {
        const scope = formOf(this) || this.ownerDocument;
        for (const other of scope.querySelectorAll("input[type=radio]")) {
          if (other !== this && other.getAttribute("name") === this.getAttribute("name")) other.removeAttribute("checked");
        }
      }
    } else this.removeAttribute("checked");
  },
  configurable: true,
});
defineProperty(HTMLInputElement.prototype, "valueAsNumber", {
  get() { const v = this.value; return v.trim() === "" ? NaN : Number(v); },
  set(n) { this.value = String(n); },
  configurable: true,
});
for (const C of [HTMLInputElement, HTMLSelectElement, HTMLTextAreaElement, HTMLButtonElement]) {
  for (const [prop, attr] of [["name", "name"], ["placeholder", "placeholder"]]) {
    if (!getOwn(C.prototype, prop)) {
      defineProperty(C.prototype, prop, {
        get() { return this.getAttribute(attr) || ""; },
        set(v) { this.setAttribute(attr, String(v)); },
        configurable: true,
      });
    }
  }
  for (const prop of ["required", "disabled", "readOnly"]) {
    const attr = prop.toLowerCase();
    defineProperty(C.prototype, prop, {
      get() { return this.hasAttribute(attr); },
      set(v) { if (v) this.setAttribute(attr, ""); else this.removeAttribute(attr); },
      configurable: true,
    });
  }
  defineProperty(C.prototype, "form", { get() { return formOf(this); }, configurable: true });
  defineProperty(C.prototype, "validity", { get() { return validity(this); }, configurable: true });
  defineProperty(C.prototype, "validationMessage", { get() { return validationMessage(this); }, configurable: true });
  defineProperty(C.prototype, "willValidate", { get() { return willValidate(this); }, configurable: true });
  defineProperty(C.prototype, "checkValidity", {
    value() { const ok = validity(this).valid; if (!ok) fire(this, Event, "invalid", { cancelable: true }); return ok; },
    writable: true, configurable: true,
  });
  defineProperty(C.prototype, "reportValidity", { value() { return this.checkValidity(); }, writable: true, configurable: true });
  defineProperty(C.prototype, "setCustomValidity", { value(m) { custom.set(this, String(m)); }, writable: true, configurable: true });
}
defineProperty(HTMLButtonElement.prototype, "type", {
  get() { const t = (this.getAttribute("type") || "submit").toLowerCase(); return t === "button" || t === "reset" ? t : "submit"; },
  set(v) { this.setAttribute("type", String(v)); },
  configurable: true,
});
defineProperty(HTMLInputElement.prototype, "type", {
  get() { return typeOf(this); },
  set(v) { this.setAttribute("type", String(v)); },
  configurable: true,
});
const taValue = getOwn(HTMLTextAreaElement.prototype, "value");
defineProperty(HTMLTextAreaElement.prototype, "value", {
  get() { return apply(taValue.get, this, []); },
  set(v) { rememberDefault(this); apply(taValue.set, this, [v === null ? "" : String(v)]); },
  configurable: true,
});

const optionsOf = (select) => Array.from(select.querySelectorAll("option"));
defineProperty(HTMLOptionElement.prototype, "value", {
  get() { const v = this.getAttribute("value"); return v === null ? this.textContent.trim() : v; },
  set(v) { this.setAttribute("value", String(v)); },
  configurable: true,
});
defineProperty(HTMLOptionElement.prototype, "selected", {
  get() {
    const select = this.closest("select");
    return select ? selectedOption(select) === this : this.hasAttribute("selected");
  },
  set(v) {
    const select = this.closest("select");
    if (v && select && !select.hasAttribute("multiple")) for (const o of optionsOf(select)) o.removeAttribute("selected");
    if (v) this.setAttribute("selected", "");
    else this.removeAttribute("selected");
  },
  configurable: true,
});
defineProperty(HTMLOptionElement.prototype, "text", { get() { return this.textContent; }, configurable: true });
function selectedOption(select) {
  const opts = optionsOf(select);
  return opts.find((o) => o.hasAttribute("selected")) || (select.hasAttribute("multiple") ? null : opts[0] || null);
}
defineProperty(HTMLSelectElement.prototype, "value", {
  get() { const o = selectedOption(this); return o ? o.value : ""; },
  set(v) {
    const opts = optionsOf(this);
    for (const o of opts) o.removeAttribute("selected");
    const o = opts.find((x) => x.value === String(v));
    if (o) o.setAttribute("selected", "");
  },
  configurable: true,
});
defineProperty(HTMLSelectElement.prototype, "options", { get() { return optionsOf(this); }, configurable: true });
defineProperty(HTMLSelectElement.prototype, "selectedIndex", {
  get() { return optionsOf(this).indexOf(selectedOption(this)); },
  set(i) { const o = optionsOf(this)[i]; if (o) o.selected = true; },
  configurable: true,
});

function controlsOf(form) {
  return Array.from(form.querySelectorAll(controlSelector));
}
defineProperty(HTMLFormElement.prototype, "elements", {
  get() {
    const list = controlsOf(this);
    for (const el of list) {
      const key = el.getAttribute("name") || el.getAttribute("id");
      if (key && !(key in list)) defineProperty(list, key, { value: el, enumerable: false });
    }
    return list;
  },
  configurable: true,
});
defineProperty(HTMLFormElement.prototype, "reset", {
  value() {
    if (!fire(this, Event, "reset", { bubbles: true, cancelable: true })) return;
    for (const el of controlsOf(this)) {
      const d = defaults.get(el);
      if (el.localName === "select") {
        for (const o of optionsOf(el)) {
          const od = defaults.get(o);
          if (od) { if (od.checked) o.setAttribute("selected", ""); else o.removeAttribute("selected"); }
        }
      } else if (el.localName === "textarea") {
        el.textContent = d ? d.value || "" : el.textContent;
      } else if (el.localName === "input") {
        if (d) {
          if (d.value === null) el.removeAttribute("value");
          else el.setAttribute("value", d.value);
          if (d.checked) el.setAttribute("checked", "");
          else el.removeAttribute("checked");
        }
      }
    }
  },
  writable: true, configurable: true,
});
defineProperty(HTMLFormElement.prototype, "checkValidity", {
  value() { let ok = true; for (const el of controlsOf(this)) if (willValidate(el) && !el.checkValidity()) ok = false; return ok; },
  writable: true, configurable: true,
});
defineProperty(HTMLFormElement.prototype, "reportValidity", { value() { return this.checkValidity(); }, writable: true, configurable: true });
defineProperty(HTMLFormElement.prototype, "requestSubmit", { value(submitter) { requestSubmit(this, submitter || null); }, writable: true, configurable: true });
// form.submit() leaves the page with no submit event.
defineProperty(HTMLFormElement.prototype, "submit", { value() { navigate(this); }, writable: true, configurable: true });
defineProperty(HTMLFormElement.prototype, "noValidate", { get() { return this.hasAttribute("novalidate"); }, configurable: true });

const custom = new WeakMap(); // control -> setCustomValidity message
function willValidate(el) {
  if (el.hasAttribute("disabled") || el.hasAttribute("readonly")) return false;
  if (el.localName === "button") return false;
  const t = typeOf(el);
  return !(el.localName === "input" && (t === "hidden" || t === "submit" || t === "button" || t === "reset"));
}
function validity(el) {
  const v = { valueMissing: false, typeMismatch: false, patternMismatch: false, tooLong: false, tooShort: false, rangeUnderflow: false, rangeOverflow: false, badInput: false, stepMismatch: false, customError: false, valid: true };
  if (!willValidate(el)) return v;
  const t = el.localName === "input" ? typeOf(el) : el.localName;
  const value = t === "checkbox" || t === "radio" ? "" : String(el.value);
  if (el.hasAttribute("required")) {
    if (t === "checkbox") v.valueMissing = !el.hasAttribute("checked");
    else if (t === "radio") {
      const scope = formOf(el) || el.ownerDocument;
      v.valueMissing = !Array.from(scope.querySelectorAll("input[type=radio]")).some((r) => r.getAttribute("name") === el.getAttribute("name") && r.hasAttribute("checked"));
    } else v.valueMissing = value === "";
  }
  if (value !== "") {
    if (t === "email") v.typeMismatch = !/^[^\s@]+@[^\s@]+$/.test(value);
    if (t === "url") v.typeMismatch = !/^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
    if (t === "number") {
      const n = Number(value);
      if (value.trim() === "" || Number.isNaN(n)) v.badInput = true;
      else {
        if (el.hasAttribute("min") && n < Number(el.getAttribute("min"))) v.rangeUnderflow = true;
        if (el.hasAttribute("max") && n > Number(el.getAttribute("max"))) v.rangeOverflow = true;
      }
    }
    const min = el.getAttribute("minlength"), max = el.getAttribute("maxlength");
    if (min !== null && value.length < Number(min)) v.tooShort = true;
    if (max !== null && value.length > Number(max)) v.tooLong = true;
    const pattern = el.getAttribute("pattern");
    if (pattern !== null) {
      try {
        v.patternMismatch = !new RegExp("^(?:" + pattern + ")$", "v").test(value);
      } catch (e) {
        // An invalid pattern is ignored, as browsers do.
      }
    }
  }
  v.customError = (custom.get(el) || "") !== "";
  v.valid = !Object.keys(v).some((k) => k !== "valid" && v[k]);
  return v;
}
function validationMessage(el) {
  const v = validity(el);
  if (v.customError) return custom.get(el);
  if (v.valueMissing) return "Please fill in this field.";
  if (v.typeMismatch) return typeOf(el) === "email" ? "Please enter an email address." : "Please enter a URL.";
  if (v.badInput) return "Please enter a number.";
  if (v.rangeUnderflow) return "Value must be " + el.getAttribute("min") + " or more.";
  if (v.rangeOverflow) return "Value must be " + el.getAttribute("max") + " or less.";
  if (v.tooShort) return "Please use at least " + el.getAttribute("minlength") + " characters.";
  if (v.tooLong) return "Please use at most " + el.getAttribute("maxlength") + " characters.";
  if (v.patternMismatch) return "Please match the requested format.";
  return "";
}

/** Submitting a form as a browser does: checks first (unless novalidate),
 *  then a cancelable submit event. Returns whether a submit event fired. */
function requestSubmit(form, submitter) {
  if (!form.hasAttribute("novalidate") && !(submitter && submitter.hasAttribute("formnovalidate"))) {
    let ok = true;
    for (const el of controlsOf(form)) {
      if (willValidate(el) && !validity(el).valid) {
        ok = false;
        fire(el, Event, "invalid", { cancelable: true });
      }
    }
    if (!ok) return false;
  }
  if (fire(form, SubmitEvent, "submit", { bubbles: true, cancelable: true, submitter })) navigate(form);
  return true;
}

// A form sent and not stopped (no preventDefault) leaves the page, as in a
// browser: the harness loads the page afresh, so what the script did is
// lost. (Sending the form's fields to its action is left out.)
const navigators = new WeakMap(); // document -> what leaving the page does
function navigate(node) {
  const doc = documentOf(node);
  const go = doc && navigators.get(doc);
  if (go) go();
}

/** A click and what a browser does after it, unless a listener called
 *  preventDefault: ticking a checkbox, choosing a radio button, submitting
 *  or resetting a form, passing a label's click to its control. */
function activate(el) {
  if (el.hasAttribute && el.hasAttribute("disabled") && el.matches(controlSelector)) return;
  const t = el.localName === "input" ? typeOf(el) : "";
  const wasChecked = el.hasAttribute && el.hasAttribute("checked");
  if (t === "checkbox") el.checked = !wasChecked;
  if (t === "radio") el.checked = true;
  const ok = fire(el, MouseEvent, "click", { bubbles: true, cancelable: true, button: 0, detail: 1 });
  if (!ok) {
    if (t === "checkbox" || t === "radio") {
      if (wasChecked) el.setAttribute("checked", "");
      else el.removeAttribute("checked");
    }
    return;
  }
  if ((t === "checkbox" || t === "radio") && wasChecked !== el.hasAttribute("checked")) {
    fire(el, InputEvent, "input", { bubbles: true });
    fire(el, Event, "change", { bubbles: true });
    return;
  }
  const form = el.closest ? formOf(el) : null;
  const isSubmit = (el.localName === "button" && el.type === "submit") || (el.localName === "input" && (t === "submit" || t === "image"));
  if (form && isSubmit) requestSubmit(form, el);
  else if (form && ((el.localName === "button" && el.type === "reset") || t === "reset")) form.reset();
  else if (el.localName === "label") {
    const forId = el.getAttribute("for");
    const control = forId ? el.ownerDocument.getElementById(forId) : el.querySelector(controlSelector);
    if (control && control !== el) activate(control);
  }
}
defineProperty(HTMLElement.prototype, "click", { value() { activate(this); }, writable: true, configurable: true });

// ---- small things a page expects -----------------------------------------
// A browser stores setAttribute(name, undefined) as the text "undefined";
// linkedom would store "", hiding the mistake from the tests.
const setAttr = Element.prototype.setAttribute;
defineProperty(Element.prototype, "setAttribute", {
  value(name, value) { if (arguments.length < 2) throw new TypeError("setAttribute needs a name and a value"); return apply(setAttr, this, [name, String(value)]); },
  writable: true, configurable: true,
});
const DocumentProto = Object.getPrototypeOf(new DOMParser().parseFromString("<p>", "text/html"));
defineProperty(DocumentProto, "activeElement", { get() { return focused.get(this) || this.body || null; }, configurable: true });
defineProperty(Element.prototype, "getBoundingClientRect", {
  value() { return { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }; },
  writable: true, configurable: true,
});
defineProperty(Element.prototype, "scrollIntoView", { value() {}, writable: true, configurable: true });

// ---- FormData --------------------------------------------------------------
const formEntries = new WeakMap();
class FormData {
  constructor(form) {
    const entries = [];
    if (form !== undefined) {
      if (!(form instanceof HTMLFormElement)) throw new TypeError("new FormData(form) needs a <form> element");
      for (const el of controlsOf(form)) {
        const name = el.getAttribute("name");
        if (!name || el.hasAttribute("disabled")) continue;
        const t = el.localName === "input" ? typeOf(el) : el.localName;
        if (t === "button" || t === "submit" || t === "reset" || t === "image") continue;
        if ((t === "checkbox" || t === "radio") && !el.hasAttribute("checked")) continue;
        entries.push([name, String(el.value)]);
      }
    }
    formEntries.set(this, entries);
  }
  append(name, value) { formEntries.get(this).push([String(name), String(value)]); }
  set(name, value) { this.delete(name); this.append(name, value); }
  delete(name) { const e = formEntries.get(this); for (let i = e.length - 1; i >= 0; i--) if (e[i][0] === String(name)) e.splice(i, 1); }
  get(name) { const f = formEntries.get(this).find((e) => e[0] === String(name)); return f ? f[1] : null; }
  getAll(name) { return formEntries.get(this).filter((e) => e[0] === String(name)).map((e) => e[1]); }
  has(name) { return formEntries.get(this).some((e) => e[0] === String(name)); }
  *entries() { for (const e of formEntries.get(this).slice()) yield [e[0], e[1]]; }
  *keys() { for (const e of formEntries.get(this).slice()) yield e[0]; }
  *values() { for (const e of formEntries.get(this).slice()) yield e[1]; }
  forEach(fn, thisArg) { for (const e of formEntries.get(this).slice()) apply(fn, thisArg, [e[1], e[0], this]); }
  [Symbol.iterator]() { return this.entries(); }
}

// ---- fetch's classes -------------------------------------------------------
const headerMaps = new WeakMap();
class Headers {
  constructor(init) {
    const m = new Map();
    headerMaps.set(this, m);
    if (init instanceof Headers) for (const [k, v] of init) m.set(k, v);
    else if (Array.isArray(init)) for (const [k, v] of init) this.append(k, v);
    else if (init && typeof init === "object") for (const k of Object.keys(init)) this.append(k, init[k]);
  }
  get(name) { const v = headerMaps.get(this).get(String(name).toLowerCase()); return v === undefined ? null : v; }
  has(name) { return headerMaps.get(this).has(String(name).toLowerCase()); }
  set(name, value) { headerMaps.get(this).set(String(name).toLowerCase(), String(value)); }
  append(name, value) {
    const m = headerMaps.get(this), k = String(name).toLowerCase();
    m.set(k, m.has(k) ? m.get(k) + ", " + String(value) : String(value));
  }
  delete(name) { headerMaps.get(this).delete(String(name).toLowerCase()); }
  *entries() { for (const e of [...headerMaps.get(this)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) yield e; }
  *keys() { for (const [k] of this.entries()) yield k; }
  *values() { for (const [, v] of this.entries()) yield v; }
  forEach(fn, thisArg) { for (const [k, v] of this.entries()) apply(fn, thisArg, [v, k, this]); }
  [Symbol.iterator]() { return this.entries(); }
}

// ---- URL and URLSearchParams (QuickJS has neither) -------------------------
const paramLists = new WeakMap();
const decode = (s) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch (e) {
    return s;
  }
};
const encode = (s) => encodeURIComponent(s).replace(/%20/g, "+");
class URLSearchParams {
  constructor(init) {
    const list = [];
    paramLists.set(this, list);
    if (typeof init === "string") {
      for (const part of init.replace(/^\?/, "").split("&")) {
        if (part === "") continue;
        const i = part.indexOf("=");
        list.push(i < 0 ? [decode(part), ""] : [decode(part.slice(0, i)), decode(part.slice(i + 1))]);
      }
    } else if (init instanceof URLSearchParams || init instanceof FormData || Array.isArray(init)) {
      for (const [k, v] of init) list.push([String(k), String(v)]);
    } else if (init && typeof init === "object") {
      for (const k of Object.keys(init)) list.push([k, String(init[k])]);
    }
  }
  append(k, v) { paramLists.get(this).push([String(k), String(v)]); }
  delete(k) { const l = paramLists.get(this); for (let i = l.length - 1; i >= 0; i--) if (l[i][0] === String(k)) l.splice(i, 1); }
  get(k) { const e = paramLists.get(this).find((x) => x[0] === String(k)); return e ? e[1] : null; }
  getAll(k) { return paramLists.get(this).filter((x) => x[0] === String(k)).map((x) => x[1]); }
  has(k) { return paramLists.get(this).some((x) => x[0] === String(k)); }
  set(k, v) {
    const l = paramLists.get(this), key = String(k);
    const i = l.findIndex((x) => x[0] === key);
    if (i < 0) l.push([key, String(v)]);
    else {
      l[i][1] = String(v);
      for (let j = l.length - 1; j > i; j--) if (l[j][0] === key) l.splice(j, 1);
    }
  }
  get size() { return paramLists.get(this).length; }
  *entries() { for (const e of paramLists.get(this).slice()) yield [e[0], e[1]]; }
  *keys() { for (const e of paramLists.get(this).slice()) yield e[0]; }
  *values() { for (const e of paramLists.get(this).slice()) yield e[1]; }
  forEach(fn, thisArg) { for (const e of paramLists.get(this).slice()) apply(fn, thisArg, [e[1], e[0], this]); }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return paramLists.get(this).map(([k, v]) => encode(k) + "=" + encode(v)).join("&"); }
}
const urlParts = new WeakMap();
class URL {
  constructor(url, base) {
    const m = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;
    let s = String(url);
    let r = m.exec(s);
    if (!r && base !== undefined) {
      const b = new URL(base);
      const bp = urlParts.get(b);
      if (s.startsWith("/")) s = bp.protocol + "//" + bp.host + s;
      else if (s.startsWith("?") || s.startsWith("#")) s = bp.protocol + "//" + bp.host + bp.pathname + s;
      else s = bp.protocol + "//" + bp.host + bp.pathname.replace(/[^/]*$/, "") + s;
      r = m.exec(s);
    }
    if (!r) throw new TypeError("Invalid URL: " + String(url));
    const parts = { protocol: r[1].toLowerCase(), host: r[2], pathname: r[3] || "/", hash: r[5] || "" };
    urlParts.set(this, parts);
    this.searchParams = new URLSearchParams(r[4] || "");
  }
  get protocol() { return urlParts.get(this).protocol; }
  get host() { return urlParts.get(this).host; }
  get hostname() { return urlParts.get(this).host.replace(/:\d+$/, ""); }
  get port() { const m = /:(\d+)$/.exec(urlParts.get(this).host); return m ? m[1] : ""; }
  get origin() { return this.protocol + "//" + this.host; }
  get pathname() { return urlParts.get(this).pathname; }
  get search() { const q = this.searchParams.toString(); return q ? "?" + q : ""; }
  get hash() { return urlParts.get(this).hash; }
  get href() { return this.origin + this.pathname + this.search + this.hash; }
  toString() { return this.href; }
  toJSON() { return this.href; }
}

/** Internal state of DOM nodes lives in plain properties; the harness
 *  reads the page only after checking that none has become an accessor
 *  (or a proxy) behind its back. This walks a document's nodes in order. */
function* walk(root) {
  const stack = [root];
  let n = 0;
  while (stack.length > 0 && n < 200000) {
    const node = stack.pop();
    n++;
    yield node;
    const kids = node.childNodes;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

globalThis.__stepstone_dom = {
  onNavigate(doc, fn) { navigators.set(doc, fn); },
  parse(html, onError, compile) {
    const doc = new DOMParser().parseFromString(String(html), "text/html");
    const win = new EventTarget();
    parents.set(doc, win);
    windows.set(doc, win);
    errorSinks.set(doc, onError);
    compilers.set(doc, compile);
    return { document: doc, window: win };
  },
  setClock(fn) { clockNow = fn; },
  // Every element class linkedom makes, so the harness can freeze them
  // all and know a real element's prototype from a learner's.
  allClasses: Array.from(new Set(htmlClasses.values())),
  activeElement(doc) { return focused.get(doc) || doc.body || null; },
  activate,
  requestSubmit,
  fire,
  edited,
  walk,
  validity,
  validationMessage,
  events: { Event, UIEvent, MouseEvent, KeyboardEvent, InputEvent, FocusEvent, SubmitEvent, CustomEvent },
  classes: {
    EventTarget, Node, Element, Text, Comment, DocumentFragment, HTMLElement, HTMLInputElement, HTMLSelectElement,
    HTMLOptionElement, HTMLTextAreaElement, HTMLButtonElement, HTMLFormElement, HTMLAnchorElement, HTMLLabelElement,
    HTMLUListElement, HTMLOListElement, HTMLLIElement, HTMLDivElement, HTMLSpanElement, HTMLParagraphElement,
    HTMLHeadingElement, HTMLImageElement, HTMLTableElement, HTMLTableRowElement, HTMLTableCellElement,
    HTMLTemplateElement, NodeList, NodeFilter, DOMParser, FormData, Headers, URL, URLSearchParams,
  },
};
