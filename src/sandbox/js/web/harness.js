// Stepstone's web harness: the simulated internet inside the sandbox.
// `runner.c` evaluates it in the harness realm, after the prelude's script
// and before the prelude's setup, for exercises whose files are a page
// (HTML, CSS, JS), a server, or both. It leaves one function,
// `__stepstone_web`, which the prelude takes, deletes and calls with its
// own internals.
//
// Realms, each a QuickJS context of one runtime:
//   harness  this file and the prelude; frozen before learner code runs.
//   DOM      linkedom and Stepstone's events (`dom.bundle.js`); frozen
//            too, so a learner cannot change how an element, a selector
//            or an event behaves.
//   page     the learner's scripts, one fresh realm per page load, with
//            `window`, `document`, `fetch`, timers and `localStorage`.
//   server   the learner's server files (CommonJS), `express` and `db`.
//   tests    the exercise's tests (and its mock API), which learner code
//            never receives a reference to.
// The tests reach the page only through the helpers below. Those read the
// DOM with functions captured from the frozen DOM realm, and only after
// checking, without running any learner code, that no node in the page
// has become a proxy, grown an accessor, lost its DOM prototype or
// shadowed a DOM method. The server's answers reach the tests as text.
//
// Time is virtual. It stands still until a test moves it (`clock.tick`,
// `settle`); timers, fetch latency and animation frames all wait on it.
// No timer, request or listener reaches anything outside the instance.
//
// What it leaves out: layout and computed styles (only `hidden`, inline
// `display: none` and stylesheet rules that say `display: none` count for
// `visible`), navigation, iframes, WebSockets, workers, cookies.
(function () {
  "use strict";
  const H = globalThis;
  const realmNew = H.__stepstone_realm_new;
  const realmGlobal = H.__stepstone_realm_global;
  const realmEval = H.__stepstone_realm_eval;
  const isProxy = H.__stepstone_is_proxy;
  const realmEvalDom = H.__stepstone_realm_eval_dom;
  const sqlOpen = H.__stepstone_sql_open;
  const sqlExec = H.__stepstone_sql_exec;
  const domSource = H.__stepstone_dom_source;
  delete H.__stepstone_realm_new;
  delete H.__stepstone_realm_global;
  delete H.__stepstone_realm_eval;
  delete H.__stepstone_is_proxy;
  delete H.__stepstone_realm_eval_dom;
  delete H.__stepstone_sql_open;
  delete H.__stepstone_sql_exec;
  delete H.__stepstone_dom_source;

  const apply = Reflect.apply;
  const ownKeys = Reflect.ownKeys;
  const getOwn = Object.getOwnPropertyDescriptor;
  const getPrototypeOf = Object.getPrototypeOf;
  const defineProperty = Object.defineProperty;
  const freeze = Object.freeze;
  const create = Object.create;
  const stringify = JSON.stringify;
  const parseJSON = JSON.parse;
  const StringC = String;
  const ErrorC = Error;
  const MapC = Map;
  const SetC = Set;
  const PromiseC = Promise;

  /** Caps that keep every hostile page, server or test finite. */
  const MAX_TIMER_RUNS = 20000;
  const MAX_PAGE_LOADS = 20;
  const MAX_BODY = 2 * 1024 * 1024;
  const MAX_STORAGE = 5 * 1024 * 1024;
  const MAX_NODES = 200000;
  const SETTLE_MS = 60000;
  const RUN_MS = 10000;

  // V8-style stack frames (Error.prepareStackTrace) would hand a learner
  // the functions on the stack, the tests' own among them: every realm
  // here has it pinned to nothing before any learner code runs.
  function lockStacks(G) {
    const d = getOwn(G.Error, "prepareStackTrace");
    // A sealed (test-first) run has pinned it already, to nothing.
    if (d !== undefined && !d.configurable) return;
    // The accessors are made in that realm: a harness function there would
    // be frozen along with the DOM realm, and this realm's Function with it.
    const get = G.Function("return undefined");
    const set = G.Function("v", "");
    defineProperty(G.Error, "prepareStackTrace", { get, set, configurable: false });
  }
  // This run's files and config: set when the prelude calls the factory
  // below. Everything before it (the DOM realm, frozen) is the same for
  // every run, so the host may start instances from a copy made after it.
  const files = new MapC();
  let config = null;

  // ---- realms -------------------------------------------------------------
  const HIDDEN = "[globalThis, Object.getPrototypeOf([][Symbol.iterator]()), Object.getPrototypeOf(new Map()[Symbol.iterator]())," +
    " Object.getPrototypeOf(new Set()[Symbol.iterator]()), Object.getPrototypeOf(''[Symbol.iterator]())," +
    " Object.getPrototypeOf(/a/[Symbol.matchAll]('a')), Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(async function () {})," +
    " Object.getPrototypeOf(async function* () {}), Object.getPrototypeOf(Int8Array), (function () { return arguments; })()]";

  /** Freezes everything reachable from `roots` and returns the set of
   *  objects frozen: the DOM realm's objects, for telling a real DOM
   *  prototype from a learner's. */
  function freezeAll(roots) {
    const seen = new SetC();
    const stack = roots.slice();
    while (stack.length > 0) {
      const o = stack.pop();
      if (o === null || (typeof o !== "object" && typeof o !== "function") || seen.has(o)) continue;
      seen.add(o);
      freeze(o);
      stack.push(getPrototypeOf(o));
      const keys = ownKeys(o);
      for (let i = 0; i < keys.length; i++) {
        const d = getOwn(o, keys[i]);
        if (d === undefined) continue;
        if ("value" in d) stack.push(d.value);
        else stack.push(d.get, d.set);
      }
    }
    return seen;
  }

  function evalIn(id, name, src) {
    return realmEval(id, name, src);
  }

  // ---- the DOM realm ------------------------------------------------------
  const domId = realmNew();
  {
    const source = domSource !== undefined && domSource.length > 0 ? domSource[0][1] : "";
    const r = typeof realmEvalDom === "function" ? realmEvalDom(domId) : evalIn(domId, "<dom>", source);
    if (!r[0]) throw new ErrorC("the page library did not load: " + StringC(r[2]));
  }
  const D = realmGlobal(domId);
  lockStacks(D);
  const dom = D.__stepstone_dom;
  delete D.__stepstone_dom;
  const domObjects = freezeAll(evalIn(domId, "<harden>", HIDDEN)[1].concat([dom]));
  const E = dom.events;
  const C = dom.classes;

  // Functions captured from the frozen DOM realm, so a learner's own
  // property on an element cannot stand in for them.
  function lookup(o, name) {
    for (let p = o; p !== null; p = getPrototypeOf(p)) {
      const d = getOwn(p, name);
      if (d !== undefined) return d;
    }
    throw new ErrorC("the page library has no " + StringC(name));
  }
  const sample = dom.parse("<!doctype html><html lang='en'><head><title>t</title><style>p{}</style></head><body><p id='x' class='y' data-k='1' style='color:red'>t<!--c--><b>y</b></p><template><i>z</i></template></body></html>", () => {}, () => () => {});
  const sampleP = sample.document.querySelector("p");
  const fn = (o, name) => lookup(o, name).value;
  const getter = (o, name) => lookup(o, name).get;
  const DocQS = fn(sample.document, "querySelector");
  const DocQSA = fn(sample.document, "querySelectorAll");
  const ElQSA = fn(sampleP, "querySelectorAll");
  const TextOf = getter(sampleP, "textContent");
  const InnerHTML = getter(sampleP, "innerHTML");
  const GetAttr = fn(sampleP, "getAttribute");
  const HasAttr = fn(sampleP, "hasAttribute");
  const Matches = fn(sampleP, "matches");
  const Closest = fn(sampleP, "closest");
  const ParentOf = getter(sampleP, "parentElement");
  const LocalName = (el) => getOwn(el, "localName") ? el.localName : "";
  const TitleOf = getter(sample.document, "title");
  const NodeListLength = (list) => list.length;

  // The symbols linkedom keeps its node chain in.
  let NEXT = null, END = null;
  {
    const syms = ownKeys(sampleP);
    for (let i = 0; i < syms.length; i++) {
      if (typeof syms[i] !== "symbol") continue;
      const d = syms[i].description;
      if (d === "next") NEXT = syms[i];
      if (d === "end") END = syms[i];
    }
    if (NEXT === null || END === null) throw new ErrorC("the page library's node chain was not found");
  }
  // Every prototype a real node can have: each element class, and those of
  // the sample's text, comment, attribute, doctype and end-marker nodes.
  {
    const extra = dom.allClasses.slice();
    // The objects linkedom makes lazily for an element's class list and style.
    extra.push(getPrototypeOf(sampleP.classList), getPrototypeOf(sampleP.style));
    for (let n = sample.document, i = 0; n !== null && n !== undefined && i < 1000; i++) {
      extra.push(getPrototypeOf(n));
      if (n === sample.document[END]) break;
      n = n[NEXT];
    }
    for (const o of freezeAll(extra)) domObjects.add(o);
  }
  // The node type of each kind of node, by prototype.
  const typeByProto = new MapC();
  typeByProto.set(C.Element.prototype, 1);
  typeByProto.set(C.HTMLElement.prototype, 1);
  typeByProto.set(C.Text.prototype, 3);
  typeByProto.set(C.Comment.prototype, 8);
  for (let n = sample.document, i = 0; n !== null && n !== undefined && i < 1000; i++) {
    if (!typeByProto.has(getPrototypeOf(n))) typeByProto.set(getPrototypeOf(n), n.nodeType);
    if (n === sample.document[END]) break;
    n = n[NEXT];
  }
  // Own properties DOM nodes are allowed to have, whatever their prototype
  // also names (linkedom's instance fields).
  const ownAllowed = new SetC();
  for (let n = sample.document, i = 0; n !== null && n !== undefined && i < 1000; i++) {
    const keys = ownKeys(n);
    for (let j = 0; j < keys.length; j++) ownAllowed.add(keys[j]);
    if (n === sample.document[END]) break;
    n = n[NEXT];
  }
  const proxyAllowed = new SetC(["dataset", "style", "classList"]);

  /** Whether the page's nodes are still plain DOM nodes. Runs no learner
   *  code: only native reads of own data properties. */
  function tampering(doc) {
    let n = doc;
    const end = getOwn(doc, END);
    if (!end || !("value" in end)) return "the document itself was redefined";
    const open = [doc];
    for (let count = 0; n !== null && n !== undefined; count++) {
      if (count > MAX_NODES) return "the page has more than " + MAX_NODES + " nodes";
      if (typeof n !== "object" || isProxy(n)) return "a node was replaced by a proxy";
      if (!domObjects.has(getPrototypeOf(n))) return "a node's prototype was changed";
      const keys = ownKeys(n);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const d = getOwn(n, k);
        if (!("value" in d)) return "an element's " + describeKey(k) + " was redefined as a getter";
        const v = d.value;
        if (v !== null && (typeof v === "object" || typeof v === "function") && isProxy(v) && !(typeof k === "symbol" && proxyAllowed.has(k.description))) {
          return "an element's " + describeKey(k) + " was replaced by a proxy";
        }
        if (!ownAllowed.has(k) && shadows(n, k)) return "an element's " + describeKey(k) + " was replaced";
        if (typeof k === "symbol") {
          const what = k.description;
          // Text lives in "value" slots: only text, so reading it runs no code.
          if (what === "value" && v !== undefined && v !== null && typeof v !== "string") return "a text's inner value is not text";
          // Class lists, styles and datasets are the DOM's own objects.
          if ((what === "classList" || what === "style" || what === "dataset") && v !== null && v !== undefined && !isProxy(v) && !domObjects.has(getPrototypeOf(v))) {
            return "an element's " + what + " was replaced";
          }
        } else if (k === "ownerDocument") {
          if (n !== doc && v !== doc && v !== null) return "an element was moved to another document";
        } else if (k === "nodeType") {
          if (typeof v !== "number" || v !== expectedType(n)) return "a node's kind was changed";
        }
      }
      if (n === end.value) break;
      // Where the node really is: its parent is the element whose start
      // came last and whose end has not come yet. A learner's own
      // `parentNode` would make selectors and texts read another place.
      if (n !== doc) {
        const type = getOwn(n, "nodeType");
        const kind = type === undefined ? 0 : type.value;
        const top = open[open.length - 1];
        if (kind === -1) {
          const topEnd = getOwn(top, END);
          if (open.length < 2 || topEnd === undefined || topEnd.value !== n) return "an element's end was moved";
          open.pop();
        } else if (kind !== 2) {
          const parent = getOwn(n, "parentNode");
          // linkedom leaves the doctype's parentNode null.
          const ok = parent !== undefined && (parent.value === top || (kind === 10 && parent.value === null && top === doc));
          if (!ok) return "an element's place in the page was changed";
          const own = getOwn(n, END);
          if (own !== undefined) open.push(n);
        }
      }
      const next = getOwn(n, NEXT);
      if (next === undefined) break;
      n = next.value;
    }
    return null;
  }
  /** The node type a node of this prototype really has. */
  function expectedType(n) {
    for (let p = getPrototypeOf(n); p !== null; p = getPrototypeOf(p)) {
      const t = typeByProto.get(p);
      if (t !== undefined) return t;
    }
    return -1;
  }
  const describeKey = (k) => (typeof k === "symbol" ? "internal " + StringC(k.description) : "\"" + StringC(k) + "\"");
  function shadows(o, k) {
    for (let p = getPrototypeOf(o); p !== null; p = getPrototypeOf(p)) if (getOwn(p, k) !== undefined) return true;
    return false;
  }

  return void (H.__stepstone_web = function web(k) {
    const fileList = H.__stepstone_web_files;
    delete H.__stepstone_web_files;
    for (let i = 0; i < fileList.length; i++) files.set(fileList[i][0], fileList[i][1]);
    config = parseJSON(files.get("<config>") || "{}");
    const L = k.L;
    const LJSONparse = L.JSON.parse;
    const LArrayOf = L.Array.of;
    /** Plain data for the tests' realm, so their toEqual compares like with like. */
    const toTests = (v) => (v === undefined ? undefined : apply(LJSONparse, undefined, [stringify(v)]));
    const testArray = (items) => apply(LArrayOf, undefined, items);

    // ---- virtual time ------------------------------------------------------
    let now = 0;
    let seq = 0;
    let timerRuns = 0;
    let flooded = false;
    const timers = []; // sorted by (time, seq)
    const timerIds = new MapC(); // id -> timer
    let nextTimerId = 1;
    let waiting = null; // { until, idle, resolve }
    dom.setClock(() => now);

    function schedule(t) {
      let lo = 0, hi = timers.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = timers[mid];
        if (m.time < t.time || (m.time === t.time && m.seq < t.seq)) lo = mid + 1;
        else hi = mid;
      }
      timers.splice(lo, 0, t);
    }
    function addTimer(fn, ms, args, interval, owner) {
      const delay = +ms > 0 ? +ms : 0;
      const t = { id: nextTimerId++, time: now + (interval ? (delay < 1 ? 1 : delay) : delay), seq: seq++, fn, args, interval: interval ? (delay < 1 ? 1 : delay) : 0, owner, cleared: false };
      timerIds.set(t.id, t);
      schedule(t);
      return t.id;
    }
    function clearTimer(id) {
      const t = timerIds.get(+id);
      if (t === undefined) return;
      t.cleared = true;
      timerIds.delete(t.id);
      const i = timers.indexOf(t);
      if (i >= 0) timers.splice(i, 1);
    }
    function runTimer(t) {
      timers.shift();
      timerRuns++;
      if (timerRuns > MAX_TIMER_RUNS) {
        flooded = true;
        timers.length = 0;
        timerIds.clear();
        return;
      }
      if (t.interval) {
        t.time += t.interval;
        t.seq = seq++;
        schedule(t);
      } else timerIds.delete(t.id);
      try {
        apply(t.fn, undefined, t.args);
      } catch (e) {
        pageError(e);
      }
    }
    /** Moves time forward: to `until`, or (idle) until no timer is left. */
    function advance(ms, idle) {
      return new PromiseC((resolve) => {
        if (waiting !== null) {
          // Two actions awaited together (Promise.all): the second rides
          // along with the first.
          if (ms === 0 && !idle) {
            waiting.also.push(resolve);
            return;
          }
          throw new ErrorC("the clock is already moving: await each clock.tick() or settle() before the next");
        }
        waiting = { until: now + ms, idle, resolve, also: [] };
      });
    }

    /** One macrotask, called by the runner whenever the job queue is empty.
     *  Returns whether there may be more to do. */
    function macrotask() {
      if (waiting !== null) {
        const next = timers[0];
        if (!flooded && next !== undefined && next.time <= waiting.until) {
          now = next.time > now ? next.time : now;
          runTimer(next);
          return true;
        }
        if (!waiting.idle || next === undefined || flooded || next.time > waiting.until) {
          if (!waiting.idle || next !== undefined) now = waiting.until > now ? waiting.until : now;
          const w = waiting;
          waiting = null;
          w.resolve();
          for (let i = 0; i < w.also.length; i++) w.also[i]();
          return true;
        }
      }
      if (k.running()) {
        k.stall(stallMessage());
        return true;
      }
      return false;
    }
    function stallMessage() {
      for (const r of openRequests) {
        if (r.server) return "The request " + r.method + " " + r.path + " was never answered: every route has to end with res.send(), res.json(), res.render() or res.end().";
        return "The page's request " + r.method + " " + r.path + " was never answered by the exercise's API handler.";
      }
      return "The test was still waiting when nothing else could happen: a promise that never settles?";
    }
    const openRequests = new SetC();

    // ---- errors from the learner's code -----------------------------------
    const pageErrors = [];
    function errorText(e) {
      return k.safeText(() => (k.isError(e) ? StringC(e.name) + ": " + StringC(e.message) : "Uncaught " + k.show(e, 1)), "an error");
    }
    function pageError(e) {
      if (pageErrors.length < 50) pageErrors.push(errorText(e));
      k.describeError("uncaught", e);
    }

    // ---- storage ------------------------------------------------------------
    const stored = new MapC();
    let storedChars = 0;
    function storageKey(s) { return k.safeText(() => StringC(s), ""); }
    const localStorage = freeze({
      getItem: (key) => { const v = stored.get(storageKey(key)); return v === undefined ? null : v; },
      setItem: (key, value) => {
        const kk = storageKey(key), vv = k.safeText(() => StringC(value), "");
        const before = stored.has(kk) ? kk.length + stored.get(kk).length : 0;
        if (storedChars - before + kk.length + vv.length > MAX_STORAGE) throw new ErrorC("QuotaExceededError: localStorage holds at most 5 MB");
        storedChars += kk.length + vv.length - before;
        stored.set(kk, vv);
      },
      removeItem: (key) => { const kk = storageKey(key); if (stored.has(kk)) { storedChars -= kk.length + stored.get(kk).length; stored.delete(kk); } },
      clear: () => { stored.clear(); storedChars = 0; },
      key: (i) => { let n = 0; for (const kk of stored.keys()) if (n++ === (i | 0)) return kk; return null; },
      get length() { return stored.size; },
    });

    // ---- the mock API (defined by the exercise's api.js, in the tests realm)
    const routes = []; // { method, pattern, handler }
    let defaultDelay = 100;
    const requestLog = [];
    function compilePath(path) {
      const keys = [];
      const p = StringC(path);
      let src = "^";
      const parts = p.split("/");
      for (let i = 1; i < parts.length; i++) {
        const seg = parts[i];
        if (seg === "*") src += "(?:/.*)?";
        else if (seg[0] === ":") {
          keys.push(seg.slice(1));
          src += "/([^/]+)";
        } else src += "/" + seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
      if (p === "/" || p === "") src = "^/?";
      return { regex: new RegExp(src + "/?$"), keys };
    }
    function matchPath(pattern, path) {
      const m = pattern.regex.exec(path);
      if (m === null) return null;
      const params = create(null);
      for (let i = 0; i < pattern.keys.length; i++) params[pattern.keys[i]] = decodeSafe(m[i + 1]);
      return params;
    }
    function decodeSafe(s) {
      try {
        return decodeURIComponent(s);
      } catch (e) {
        return s;
      }
    }
    function parseQuery(search) {
      const q = create(null);
      const list = new C.URLSearchParams(search);
      for (const [key, value] of list) {
        if (key in q) q[key] = [].concat(q[key], value);
        else q[key] = value;
      }
      return q;
    }
    const apiRoute = (method) => (path, handler) => {
      if (typeof handler !== "function" && (handler === null || typeof handler !== "object")) throw new ErrorC("api." + method.toLowerCase() + "(path, handler) needs a function or a response like { json: [...] }");
      routes.unshift({ method, pattern: compilePath(path), path: StringC(path), handler });
    };
    const api = freeze({
      get: apiRoute("GET"),
      post: apiRoute("POST"),
      put: apiRoute("PUT"),
      patch: apiRoute("PATCH"),
      delete: apiRoute("DELETE"),
      all: apiRoute("*"),
      delay: (ms) => { defaultDelay = +ms >= 0 ? +ms : 0; },
      requests: () => toTests(requestLog),
    });

    // ---- parsing a request the page makes -----------------------------------
    function bodyText(body) {
      if (body === undefined || body === null) return { text: "", type: null };
      if (typeof body === "string") return { text: body, type: "text/plain;charset=UTF-8" };
      if (body instanceof C.URLSearchParams) return { text: body.toString(), type: "application/x-www-form-urlencoded;charset=UTF-8" };
      if (body instanceof C.FormData) return { text: new C.URLSearchParams(body).toString(), type: "application/x-www-form-urlencoded;charset=UTF-8" };
      return { text: k.safeText(() => StringC(body), ""), type: "text/plain;charset=UTF-8" };
    }
    function headerObject(h) {
      const out = create(null);
      if (h === undefined || h === null) return out;
      const headers = new C.Headers(h);
      for (const [name, value] of headers) out[name] = value;
      return out;
    }

    /** A request, from the page's fetch or the tests' `request`, answered by
     *  the mock API or by the learner's server. Resolves to
     *  { status, headers, body } with the body as text, or rejects for a
     *  network failure. */
    function answer(req) {
      const entry = { method: req.method, url: req.url, path: req.path, query: parseQuery(req.search), headers: req.headers, body: req.body, json: undefined };
      if (typeof req.body === "string" && /json/i.test(req.headers["content-type"] || "")) {
        try {
          entry.json = parseJSON(req.body);
        } catch (e) {
          // Not JSON after all: the log keeps the text.
        }
      }
      if (!req.fromTests && requestLog.length < 1000) requestLog.push(entry);
      for (let i = 0; i < routes.length; i++) {
        const r = routes[i];
        if (r.method !== "*" && r.method !== req.method) continue;
        const params = matchPath(r.pattern, req.path);
        if (params === null) continue;
        return mockAnswer(r, params, entry);
      }
      if (server.app !== null) return server.handle(req);
      if (config.server && server.failed) {
        return PromiseC.resolve({ status: 500, headers: { "content-type": "text/plain" }, body: "The server did not start: " + server.failed });
      }
      if (config.server) return PromiseC.resolve({ status: 503, headers: { "content-type": "text/plain" }, body: "The server is not listening: call app.listen() (or module.exports = app) in " + config.server + "." });
      return PromiseC.reject(new ErrorC("no API answers " + req.method + " " + req.path + " in this exercise"));
    }
    function mockAnswer(route, params, entry) {
      return new PromiseC((resolve, reject) => {
        let spec = route.handler;
        const q = create(null);
        q.method = entry.method;
        q.path = entry.path;
        q.url = entry.url;
        q.params = params;
        q.query = entry.query;
        q.headers = entry.headers;
        q.body = entry.json !== undefined ? entry.json : entry.body;
        if (typeof spec === "function") {
          try {
            spec = apply(spec, undefined, [toTests(q)]);
          } catch (e) {
            resolve({ status: 500, headers: { "content-type": "text/plain" }, body: "The exercise's API failed: " + errorText(e) });
            return;
          }
        }
        const finish = (s) => {
          if (s === null || s === undefined || typeof s !== "object") s = { status: 204 };
          if (s.error) {
            reject(new ErrorC(StringC(s.error)));
            return;
          }
          const headers = create(null);
          if (s.headers) for (const name of Object.keys(s.headers)) headers[StringC(name).toLowerCase()] = StringC(s.headers[name]);
          let body = "";
          if (s.json !== undefined) {
            body = stringify(s.json);
            if (!headers["content-type"]) headers["content-type"] = "application/json";
          } else if (s.body !== undefined) body = StringC(s.body);
          resolve({ status: s.status === undefined ? 200 : s.status | 0, headers, body, delay: s.delay });
        };
        if (k.isPromiseLike(spec)) PromiseC.resolve(spec).then(finish, (e) => resolve({ status: 500, headers: {}, body: "The exercise's API failed: " + errorText(e) }));
        else finish(spec);
      });
    }

    // ---- the server: an Express-like framework for the learner's code ------
    const server = { app: null, failed: null, realm: null, started: false, handle: null, db: null };
    const STATUS = { 200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 422: "Unprocessable Entity", 500: "Internal Server Error", 503: "Service Unavailable" };

    function makeRouter() {
      const layers = [];
      const add = (method, path, handlers, prefix) => {
        for (let i = 0; i < handlers.length; i++) {
          const h = handlers[i];
          if (typeof h !== "function" && !(h && h.__router)) throw new ErrorC("app." + (method ? method.toLowerCase() : "use") + "(" + (path || "") + ", ...) needs functions, but got " + k.show(h, 1));
          layers.push({ method, pattern: prefix ? prefixPattern(path) : compilePath(path), path, handler: h, prefix });
        }
      };
      const route = (method) => function (path, ...handlers) {
        if (typeof path !== "string") throw new ErrorC("The first argument of app." + method.toLowerCase() + "() is the path, for example app." + method.toLowerCase() + "(\"/jobs\", (req, res) => { ... })");
        add(method, path, handlers, false);
        return this;
      };
      const router = {
        __router: layers,
        use(path, ...handlers) {
          if (typeof path !== "string") {
            handlers.unshift(path);
            path = "/";
          }
          add(null, path, handlers, true);
          return this;
        },
        get: route("GET"),
        post: route("POST"),
        put: route("PUT"),
        patch: route("PATCH"),
        delete: route("DELETE"),
        all: route("*"),
      };
      return router;
    }
    function prefixPattern(path) {
      const p = StringC(path).replace(/\/$/, "");
      return { regex: new RegExp("^" + p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "(?=/|$)"), keys: [], base: p };
    }

    function express() {
      const app = makeRouter();
      app.locals = {};
      const settings = create(null);
      app.set = function (name, value) { settings[StringC(name)] = value; return this; };
      app.listen = function (port, cb) {
        server.app = app;
        if (typeof cb === "function") {
          try {
            apply(cb, undefined, []);
          } catch (e) {
            pageError(e);
          }
        }
        return { close() {} };
      };
      return app;
    }
    express.json = () => function jsonBody(req, res, next) {
      const type = req.headers["content-type"] || "";
      if (req.__text && /json/i.test(type)) {
        try {
          req.body = apply(server.JSONparse, undefined, [req.__text]);
        } catch (e) {
          res.status(400).json({ error: "The request body is not valid JSON" });
          return;
        }
      } else if (req.body === undefined) req.body = {};
      next();
    };
    express.urlencoded = () => function formBody(req, res, next) {
      const type = req.headers["content-type"] || "";
      if (req.__text && /x-www-form-urlencoded/i.test(type)) {
        const body = {};
        for (const [key, value] of new C.URLSearchParams(req.__text)) body[key] = value;
        req.body = body;
      } else if (req.body === undefined) req.body = {};
      next();
    };
    express.Router = () => makeRouter();

    /** Renders a view: Mustache's core ({{name}} escaped, {{{name}}} raw,
     *  {{#list}}...{{/list}} for lists and true values, {{^x}}...{{/x}} for
     *  empty or false). */
    function render(template, data) {
      let steps = 0;
      const escape = (s) => StringC(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
      const lookupName = (stack, name) => {
        if (name === ".") return stack[stack.length - 1];
        for (let i = stack.length - 1; i >= 0; i--) {
          let v = stack[i];
          const parts = name.split(".");
          let ok = true;
          for (let j = 0; j < parts.length; j++) {
            if (v !== null && v !== undefined && (typeof v === "object" || typeof v === "function") && parts[j] in Object(v)) v = v[parts[j]];
            else { ok = false; break; }
          }
          if (ok) return v;
        }
        return undefined;
      };
      const go = (tpl, stack) => {
        let out = "";
        let i = 0;
        while (i < tpl.length) {
          if (++steps > 100000) throw new ErrorC("the view is too large to render (loops inside loops?)");
          const open = tpl.indexOf("{{", i);
          if (open < 0) { out += tpl.slice(i); break; }
          out += tpl.slice(i, open);
          if (tpl.startsWith("{{{", open)) {
            const close = tpl.indexOf("}}}", open);
            if (close < 0) throw new ErrorC("a {{{ in the view is never closed");
            const v = lookupName(stack, tpl.slice(open + 3, close).trim());
            out += v === undefined || v === null ? "" : StringC(v);
            i = close + 3;
            continue;
          }
          const close = tpl.indexOf("}}", open);
          if (close < 0) throw new ErrorC("a {{ in the view is never closed");
          const tag = tpl.slice(open + 2, close).trim();
          i = close + 2;
          if (tag[0] === "!") continue;
          if (tag[0] === "#" || tag[0] === "^") {
            const name = tag.slice(1).trim();
            const endTag = "{{/" + name + "}}";
            let depth = 1, j = i, end = -1;
            while (depth > 0) {
              const a = tpl.indexOf("{{#" + name + "}}", j), b = tpl.indexOf("{{^" + name + "}}", j), c = tpl.indexOf(endTag, j);
              if (c < 0) throw new ErrorC("{{" + tag + "}} in the view has no {{/" + name + "}}");
              const o = [a, b].filter((x) => x >= 0 && x < c);
              if (o.length > 0) { depth++; j = Math.min(...o) + 4 + name.length; }
              else { depth--; end = c; j = c + endTag.length; }
            }
            const inner = tpl.slice(i, end);
            i = end + endTag.length;
            const v = lookupName(stack, name);
            const empty = v === undefined || v === null || v === false || v === 0 || v === "" || (Array.isArray(v) && v.length === 0);
            if (tag[0] === "^") { if (empty) out += go(inner, stack); continue; }
            if (empty) continue;
            if (Array.isArray(v)) for (let n = 0; n < v.length; n++) out += go(inner, stack.concat([v[n]]));
            else out += go(inner, typeof v === "object" ? stack.concat([v]) : stack);
            continue;
          }
          if (tag[0] === "/") throw new ErrorC("{{" + tag + "}} in the view closes nothing");
          const v = lookupName(stack, tag);
          out += v === undefined || v === null ? "" : escape(v);
        }
        return out;
      };
      return go(StringC(template), [data === undefined ? {} : data]);
    }

    function viewFile(name) {
      const n = StringC(name);
      for (const candidate of [n, n + ".html", n + ".mustache"]) if (files.has(candidate)) return files.get(candidate);
      return null;
    }

    function startServer() {
      if (server.started || !config.server) return;
      server.started = true;
      const id = realmNew();
      const S = realmGlobal(id);
      k.addErrorRealm(S.Error.prototype);
      lockStacks(S);
      server.realm = id;
      server.JSONparse = S.JSON.parse;
      const modules = new MapC();
      const require = (name) => {
        const n = StringC(name);
        if (n === "express") return express;
        const file = n.replace(/^\.\//, "").replace(/\.js$/, "") + ".js";
        if (!/^\.\//.test(n) || !files.has(file) || !config.files.includes(file)) {
          throw new ErrorC("Cannot find module '" + n + "': only 'express' and your own files (\"./model\") can be required here");
        }
        return loadModule(file);
      };
      const loadModule = (file) => {
        if (modules.has(file)) return modules.get(file).exports;
        const module = { exports: {} };
        modules.set(file, module);
        const r = evalIn(id, file, "(function (exports, require, module, __filename, __dirname) {" + files.get(file) + "\n})");
        if (!r[0]) {
          const kind = r[1] ? "syntax" : "uncaught";
          k.describeError(kind, r[2]);
          server.failed = file + " has an error: " + errorText(r[2]);
          throw r[2];
        }
        apply(r[1], undefined, [module.exports, require, module, file, "."]);
        return module.exports;
      };
      const globals = {
        console: k.console,
        setTimeout: (f, ms, ...args) => addTimer(f, ms, args, false, "server"),
        clearTimeout: clearTimer,
        setInterval: (f, ms, ...args) => addTimer(f, ms, args, true, "server"),
        clearInterval: clearTimer,
        process: freeze({ env: freeze({}), argv: freeze(["node", config.server]) }),
        express,
      };
      if (config.database !== undefined) globals.db = makeDb();
      for (const name of Object.keys(globals)) defineProperty(S, name, { value: globals[name], writable: true, enumerable: false, configurable: true });
      try {
        const exported = loadModule(config.server);
        if (server.app === null && exported && exported.__router) server.app = exported;
      } catch (e) {
        if (server.failed === null) {
          server.failed = errorText(e);
          pageError(e);
        }
      }
      server.handle = (req) => handleRequest(req);
    }

    function handleRequest(spec) {
      return new PromiseC((resolve) => {
        const app = server.app;
        const record = { server: true, method: spec.method, path: spec.path };
        openRequests.add(record);
        const headersOut = create(null);
        let status = 200;
        let done = false;
        const finish = (body) => {
          if (done) throw new ErrorC("Cannot set headers after they are sent to the client (the route answered twice)");
          done = true;
          openRequests.delete(record);
          resolve({ status, headers: headersOut, body: body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body });
        };
        const req = {
          method: spec.method,
          url: spec.path + spec.search,
          originalUrl: spec.path + spec.search,
          path: spec.path,
          baseUrl: "",
          query: parseQuery(spec.search),
          params: {},
          headers: spec.headers,
          body: undefined,
          ip: "127.0.0.1",
          hostname: "localhost",
          protocol: "http",
          get(name) { return this.headers[StringC(name).toLowerCase()]; },
          header(name) { return this.headers[StringC(name).toLowerCase()]; },
        };
        defineProperty(req, "__text", { value: spec.body, enumerable: false });
        const res = {
          locals: {},
          get statusCode() { return status; },
          set statusCode(v) { status = v | 0; },
          get headersSent() { return done; },
          status(code) { status = code | 0; return this; },
          set(name, value) {
            if (typeof name === "object" && name !== null) for (const n of Object.keys(name)) headersOut[n.toLowerCase()] = StringC(name[n]);
            else headersOut[StringC(name).toLowerCase()] = StringC(value);
            return this;
          },
          header(name, value) { return this.set(name, value); },
          setHeader(name, value) { return this.set(name, value); },
          get(name) { return headersOut[StringC(name).toLowerCase()]; },
          type(t) { const s = StringC(t); headersOut["content-type"] = s.indexOf("/") >= 0 ? s : s === "json" ? "application/json" : s === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8"; return this; },
          json(v) {
            if (!headersOut["content-type"]) headersOut["content-type"] = "application/json; charset=utf-8";
            const text = stringify(v);
            finish(text === undefined ? "" : text);
            return this;
          },
          send(body) {
            if (body === undefined || body === null) { finish(""); return this; }
            if (typeof body === "object") return this.json(body);
            if (typeof body === "number") throw new ErrorC("res.send(" + body + "): to send a status code use res.sendStatus(" + body + ")");
            if (!headersOut["content-type"]) headersOut["content-type"] = "text/html; charset=utf-8";
            finish(StringC(body));
            return this;
          },
          sendStatus(code) { status = code | 0; headersOut["content-type"] = "text/plain; charset=utf-8"; finish(STATUS[status] || StringC(status)); return this; },
          end(body) { finish(body === undefined ? "" : StringC(body)); return this; },
          redirect(a, b) {
            const to = b === undefined ? a : b;
            status = b === undefined ? 302 : a | 0;
            headersOut.location = StringC(to);
            finish("Redirecting to " + StringC(to));
            return this;
          },
          render(view, data) {
            const tpl = viewFile(view);
            if (tpl === null) throw new ErrorC("res.render(\"" + StringC(view) + "\"): there is no view file " + StringC(view) + ".html");
            const locals = {};
            for (const src of [app.locals, this.locals, data || {}]) for (const key of Object.keys(src)) locals[key] = src[key];
            headersOut["content-type"] = "text/html; charset=utf-8";
            finish(render(tpl, locals));
            return this;
          },
        };
        const fail = (err) => {
          pageError(err);
          if (!done) {
            status = 500;
            headersOut["content-type"] = "text/html; charset=utf-8";
            finish("Internal Server Error");
          }
        };
        // Walks the app's layers (routers nested inside) like Express 5:
        // next(err) skips to error handlers, a rejected promise is next(err).
        const walkLayers = (layers, base, i, err, out) => {
          for (; i < layers.length; i++) {
            const layer = layers[i];
            const rel = base === "" ? spec.path : spec.path.slice(base.length) || "/";
            if (layer.method !== null && layer.method !== "*" && layer.method !== spec.method && !(layer.method === "GET" && spec.method === "HEAD")) continue;
            let params = null;
            if (layer.prefix) {
              if (!layer.pattern.regex.test(rel)) continue;
            } else {
              params = matchPath(layer.pattern, rel);
              if (params === null) continue;
            }
            const h = layer.handler;
            if (h && h.__router) {
              const j = i + 1;
              walkLayers(h.__router, base + layer.pattern.base, 0, err, (e) => walkLayers(layers, base, j, e, out));
              return;
            }
            const isErrorHandler = h.length === 4;
            if ((err !== undefined) !== isErrorHandler) continue;
            if (params !== null) req.params = params;
            const j = i + 1;
            let called = false;
            const next = (e) => {
              if (called) return;
              called = true;
              walkLayers(layers, base, j, e === "route" ? undefined : e, out);
            };
            try {
              const r = isErrorHandler ? h(err, req, res, next) : h(req, res, next);
              if (k.isPromiseLike(r)) PromiseC.resolve(r).then(undefined, (e) => next(e === undefined ? new ErrorC("a route's promise was rejected") : e));
            } catch (e) {
              next(e);
            }
            return;
          }
          out(err);
        };
        walkLayers(app.__router, "", 0, undefined, (err) => {
          if (done) return;
          if (err !== undefined) fail(err);
          else {
            status = 404;
            headersOut["content-type"] = "text/html; charset=utf-8";
            finish("Cannot " + spec.method + " " + spec.path);
          }
        });
      });
    }

    // ---- the database: SQLite in this same module --------------------------
    function makeDb() {
      const handle = sqlOpen();
      const seed = config.database;
      if (seed) {
        const r = sqlExec(handle, seed, [], true);
        if (r.error) throw new ErrorC("the exercise's database did not load: " + r.error);
      }
      server.db = handle;
      const run = (sql, params, want) => new PromiseC((resolve, reject) => {
        const p = params === undefined ? [] : params !== null && typeof params === "object" ? params : [params];
        let r;
        try {
          r = sqlExec(handle, k.safeText(() => StringC(sql), ""), p, false);
        } catch (e) {
          reject(e);
          return;
        }
        if (r.error) {
          reject(new ErrorC(r.error));
          return;
        }
        const rows = apply(server.JSONparse, undefined, [stringify(r.rows)]);
        if (want === "all") resolve(rows);
        else if (want === "get") resolve(rows[0]);
        else resolve(apply(server.JSONparse, undefined, [stringify({ changes: r.changes, lastID: r.lastId })]));
      });
      return freeze({
        all: (sql, params) => run(sql, params, "all"),
        get: (sql, params) => run(sql, params, "get"),
        run: (sql, params) => run(sql, params, "run"),
        exec: (sql) => run(sql, [], "run").then(() => undefined),
      });
    }
    const database = freeze({
      all: (sql, params) => dbForTests(sql, params, "all"),
      get: (sql, params) => dbForTests(sql, params, "get"),
    });
    function dbForTests(sql, params, want) {
      startServer();
      if (server.db === null) return PromiseC.reject(new ErrorC("this exercise has no database"));
      const r = sqlExec(server.db, StringC(sql), params || [], true);
      if (r.error) return PromiseC.reject(new ErrorC(r.error));
      return PromiseC.resolve(want === "all" ? toTests(r.rows) : toTests(r.rows[0]));
    }

    // ---- the page -----------------------------------------------------------
    let page = null; // { id, P, document, window }
    let loads = 0;
    const alerts = [];
    let confirmAnswer = true;
    let promptAnswer = null;

    function scriptLine(html, index) {
      const re = /<script\b[^>]*>/gi;
      let m, n = 0;
      while ((m = re.exec(html)) !== null) {
        if (n++ === index) {
          let line = 0;
          const end = m.index + m[0].length;
          for (let i = 0; i < end; i++) if (html.charCodeAt(i) === 10) line++;
          return line;
        }
      }
      return 0;
    }

    function loadPage() {
      if (!config.page) return;
      if (++loads > MAX_PAGE_LOADS) throw new ErrorC("the page was loaded more than " + MAX_PAGE_LOADS + " times in one test");
      for (const t of timers.slice()) if (t.owner === "page") clearTimer(t.id);
      const html = files.get(config.page);
      const id = realmNew();
      const P = realmGlobal(id);
      k.addErrorRealm(P.Error.prototype);
      lockStacks(P);
      const PFunction = P.Function;
      const PPromise = P.Promise;
      const PJSONparse = P.JSON.parse;
      const PTypeError = P.TypeError;
      const handlers = new MapC();
      const compile = (code) => {
        let f = handlers.get(code);
        if (f === undefined) {
          f = apply(PFunction, undefined, ["event", code]);
          handlers.set(code, f);
        }
        return f;
      };
      const made = dom.parse(html, pageError, compile);
      const document = made.document;
      // Leaving the page (a form sent without preventDefault): it loads
      // again once the current event is over.
      dom.onNavigate(document, () => {
        if (page !== null && page.document === document && !page.leaving) {
          page.leaving = true;
          addTimer(() => loadPage(), 0, [], false, "nav");
        }
      });
      const win = made.window;
      const addEL = fn(win, "addEventListener"), removeEL = fn(win, "removeEventListener"), dispatchEL = fn(win, "dispatchEvent");
      const base = "http://localhost/";

      function fetch(input, init) {
        return new PPromise((resolve, reject) => {
          const opts = init || {};
          let url;
          try {
            url = new C.URL(typeof input === "string" ? input : k.safeText(() => StringC(input && input.url !== undefined ? input.url : input), ""), base);
          } catch (e) {
            reject(new PTypeError("fetch: " + StringC(input) + " is not a URL"));
            return;
          }
          const method = StringC(opts.method || "GET").toUpperCase();
          const headers = headerObject(opts.headers);
          const b = bodyText(opts.body);
          if (b.type && !headers["content-type"]) headers["content-type"] = b.type;
          const req = { method, url: url.href, path: url.pathname, search: url.search, headers, body: b.text, fromTests: false };
          const record = { server: false, method, path: url.pathname };
          openRequests.add(record);
          let p;
          try {
            p = answer(req);
          } catch (e) {
            p = PromiseC.reject(e);
          }
          p.then((r) => {
            const delay = r.delay !== undefined ? +r.delay : defaultDelay;
            addTimer(() => {
              openRequests.delete(record);
              resolve(makeResponse(r, url.href, PPromise, PJSONparse, PTypeError));
            }, delay, [], false, "fetch");
          }, (e) => {
            addTimer(() => {
              openRequests.delete(record);
              reject(new PTypeError("Failed to fetch (" + errorText(e).replace(/^Error: /, "") + ")"));
            }, defaultDelay, [], false, "fetch");
          });
        });
      }

      const location = freeze({ href: base + config.page, origin: "http://localhost", protocol: "http:", host: "localhost", hostname: "localhost", pathname: "/" + config.page, search: "", hash: "", reload: () => { throw new ErrorC("location.reload() is not available here"); }, assign() {}, replace() {} });
      const globals = {
        console: k.console,
        localStorage,
        sessionStorage: localStorage,
        setTimeout: (f, ms, ...args) => (typeof f === "function" ? addTimer(f, ms, args, false, "page") : 0),
        clearTimeout: clearTimer,
        setInterval: (f, ms, ...args) => (typeof f === "function" ? addTimer(f, ms, args, true, "page") : 0),
        clearInterval: clearTimer,
        requestAnimationFrame: (f) => addTimer(f, 16 - (now % 16) || 16, [now + (16 - (now % 16) || 16)], false, "page"),
        cancelAnimationFrame: clearTimer,
        fetch,
        alert: (m) => { if (alerts.length < 100) alerts.push(m === undefined ? "" : k.safeText(() => StringC(m), "")); },
        confirm: (m) => { if (alerts.length < 100) alerts.push(k.safeText(() => StringC(m), "")); return confirmAnswer; },
        prompt: (m) => { if (alerts.length < 100) alerts.push(k.safeText(() => StringC(m), "")); return promptAnswer; },
        addEventListener: (t, f, o) => apply(addEL, win, [t, f, o]),
        removeEventListener: (t, f, o) => apply(removeEL, win, [t, f, o]),
        dispatchEvent: (e) => apply(dispatchEL, win, [e]),
        getComputedStyle: (el) => el.style,
        scrollTo() {},
        navigator: freeze({ userAgent: "Stepstone", language: "en" }),
      };
      const classNames = Object.keys(C);
      for (let i = 0; i < classNames.length; i++) globals[classNames[i]] = C[classNames[i]];
      const eventNames = Object.keys(E);
      for (let i = 0; i < eventNames.length; i++) globals[eventNames[i]] = E[eventNames[i]];
      for (const name of Object.keys(globals)) defineProperty(P, name, { value: globals[name], writable: true, enumerable: false, configurable: true });
      // As in a browser, these cannot be replaced.
      defineProperty(P, "document", { value: document, writable: false, enumerable: true, configurable: false });
      defineProperty(P, "window", { value: P, writable: false, enumerable: true, configurable: false });
      defineProperty(P, "self", { value: P, writable: false, enumerable: true, configurable: false });
      defineProperty(P, "location", { value: location, writable: false, enumerable: true, configurable: false });
      page = { id, P, document, window: win, leaving: false };

      // Scripts, in document order, as if each were `defer`.
      const scripts = apply(DocQSA, document, ["script"]);
      const n = NodeListLength(scripts);
      const list = [];
      for (let i = 0; i < n; i++) list.push(scripts[i]);
      for (let i = 0; i < list.length; i++) {
        const s = list[i];
        const src = apply(GetAttr, s, ["src"]);
        const type = apply(GetAttr, s, ["type"]);
        if (type !== null && !/^(text\/javascript|module|application\/javascript)$/i.test(type.trim())) continue;
        let name, code;
        if (src !== null) {
          name = src.replace(/^\.?\//, "");
          if (!files.has(name) || !config.files.includes(name)) {
            pageError(new ErrorC(config.page + " loads the script \"" + src + "\", but there is no file " + name + " in this exercise"));
            continue;
          }
          code = files.get(name);
        } else {
          name = config.page;
          code = "\n".repeat(scriptLine(html, i)) + apply(TextOf, s, []);
        }
        const r = evalIn(id, name, code);
        if (!r[0]) {
          if (r[1]) k.describeError("syntax", r[2]);
          else pageError(r[2]);
        }
      }
      dom.fire(document, E.Event, "DOMContentLoaded", { bubbles: true });
      const onload = getOwn(P, "onload");
      if (onload && typeof onload.value === "function") {
        try {
          apply(onload.value, P, [new E.Event("load")]);
        } catch (e) {
          pageError(e);
        }
      }
      dom.fire(win, E.Event, "load", {});
    }

    function makeResponse(r, url, PPromise, PJSONparse, PTypeError) {
      let used = false;
      const text = r.body;
      const read = (parse) => new PPromise((resolve, reject) => {
        if (used) {
          reject(new PTypeError("The response body was already read: call .json() or .text() only once"));
          return;
        }
        used = true;
        if (!parse) {
          resolve(text);
          return;
        }
        try {
          resolve(apply(PJSONparse, undefined, [text]));
        } catch (e) {
          reject(e);
        }
      });
      const headers = new C.Headers(r.headers);
      return freeze({
        status: r.status,
        ok: r.status >= 200 && r.status < 300,
        statusText: STATUS[r.status] || "",
        headers,
        url,
        redirected: false,
        type: "basic",
        get bodyUsed() { return used; },
        json: () => read(true),
        text: () => read(false),
      });
    }

    // ---- the helpers the tests use --------------------------------------------
    function mustPage() {
      if (page === null) k.fail("This exercise has no page to look at.");
      const bad = tampering(page.document);
      if (bad !== null) k.fail("The tests cannot read your page: " + bad + ". Change the page with ordinary DOM code (textContent, classList, appendChild...).");
      return page.document;
    }
    function find(sel) {
      const doc = mustPage();
      let el;
      try {
        el = apply(DocQS, doc, [StringC(sel)]);
      } catch (e) {
        k.fail("The test's selector " + StringC(sel) + " is not valid (" + errorText(e) + ").");
      }
      if (el === null || el === undefined) k.fail("There is nothing on the page matching " + StringC(sel) + ".");
      return el;
    }
    function findAll(sel) {
      const doc = mustPage();
      try {
        const list = apply(DocQSA, doc, [StringC(sel)]);
        const out = [];
        const n = NodeListLength(list);
        for (let i = 0; i < n; i++) out.push(list[i]);
        return out;
      } catch (e) {
        k.fail("The test's selector " + StringC(sel) + " is not valid (" + errorText(e) + ").");
      }
    }
    const squash = (s) => StringC(s).replace(/\s+/g, " ").trim();
    const textOf = (el) => squash(apply(TextOf, el, []));
    const attrOf = (el, name) => apply(GetAttr, el, [name]);
    const isInput = (el) => LocalName(el) === "input" || LocalName(el) === "textarea" || LocalName(el) === "select";

    // Rules in the page's stylesheets that hide what they match.
    function hidingSelectors() {
      const out = [];
      const sheets = [];
      for (const link of findAll("link[rel=stylesheet]")) {
        const href = (attrOf(link, "href") || "").replace(/^\.?\//, "");
        if (files.has(href)) sheets.push(files.get(href));
      }
      for (const style of findAll("style")) sheets.push(apply(TextOf, style, []));
      for (const css of sheets) {
        const re = /([^{}]+)\{([^{}]*)\}/g;
        let m;
        const text = StringC(css).replace(/\/\*[\s\S]*?\*\//g, "");
        while ((m = re.exec(text)) !== null) {
          if (/(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important)?\s*(;|$)/i.test(m[2])) {
            const sel = m[1].trim();
            if (sel && sel[0] !== "@") out.push(sel);
          }
        }
      }
      return out;
    }
    function visibleEl(el) {
      const hiding = hidingSelectors();
      for (let n = el; n !== null; n = apply(ParentOf, n, [])) {
        if (apply(HasAttr, n, ["hidden"])) return false;
        const style = attrOf(n, "style") || "";
        if (/(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return false;
        for (const sel of hiding) {
          try {
            if (apply(Matches, n, [sel])) return false;
          } catch (e) {
            // A selector the DOM cannot match (a pseudo-class) hides nothing here.
          }
        }
        if (LocalName(n) === "body") break;
      }
      return true;
    }

    /** Lets the page finish what the last action started: promises, and
     *  timers due now. Every action returns it, so tests `await` them. */
    const settleNow = () => advance(0, false);
    /** A user's action arrives from the event loop, as in a browser, never
     *  from inside the test's own call: the page's listeners cannot see the
     *  tests on the stack, nor tell one test from another by it. */
    function act(fnAct) {
      mustPage();
      addTimer(() => {
        try {
          fnAct();
        } catch (e) {
          // A helper's own failure (nothing matches) is already the test's.
          if (k.safeText(() => e.name, "") !== "AssertionError") pageError(e);
        }
      }, 0, [], false, "user");
      return settleNow();
    }
    const canUse = (el) => !apply(HasAttr, el, ["disabled"]);
    function typeInto(el, text) {
      if (!isInput(el)) k.fail("type() writes into a text box, but " + describe(el) + " is not an <input> or <textarea>.");
      if (!canUse(el)) return;
      el.focus();
      const s = StringC(text);
      for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (!dom.fire(el, E.KeyboardEvent, "keydown", { key: ch, bubbles: true, cancelable: true })) continue;
        if (!dom.fire(el, E.InputEvent, "beforeinput", { data: ch, inputType: "insertText", bubbles: true, cancelable: true })) continue;
        el.value = StringC(el.value) + ch;
        dom.edited.set(el, true);
        dom.fire(el, E.InputEvent, "input", { data: ch, inputType: "insertText", bubbles: true });
        dom.fire(el, E.KeyboardEvent, "keyup", { key: ch, bubbles: true, cancelable: true });
      }
    }
    function describe(el) {
      const id = attrOf(el, "id");
      return "<" + LocalName(el) + (id ? " id=\"" + id + "\"" : "") + ">";
    }
    function pressKey(el, key) {
      const kk = StringC(key);
      if (kk.length === 1) { typeInto(el, kk); return; }
      if (!dom.fire(el, E.KeyboardEvent, "keydown", { key: kk, code: kk, bubbles: true, cancelable: true })) {
        dom.fire(el, E.KeyboardEvent, "keyup", { key: kk, code: kk, bubbles: true, cancelable: true });
        return;
      }
      if (kk === "Enter" && LocalName(el) === "input") {
        const form = apply(Closest, el, ["form"]);
        if (form) {
          const buttons = apply(ElQSA, form, ["button:not([type=button]):not([type=reset]), input[type=submit]"]);
          if (NodeListLength(buttons) > 0) dom.activate(buttons[0]);
          else dom.requestSubmit(form, null);
        }
      } else if ((kk === "Enter" || kk === " ") && (LocalName(el) === "button" || LocalName(el) === "a")) {
        dom.activate(el);
      }
      dom.fire(el, E.KeyboardEvent, "keyup", { key: kk, code: kk, bubbles: true, cancelable: true });
    }

    const clock = freeze({
      tick: (ms) => advance(+ms >= 0 ? +ms : 0, false),
      now: () => now,
    });
    const pageControl = freeze({
      reload: () => {
        loadPage();
        return settleNow();
      },
      errors: () => testArray(pageErrors.slice()),
      alerts: () => testArray(alerts.slice()),
      title: () => { mustPage(); return squash(apply(TitleOf, page.document, [])); },
      answerConfirm: (v) => { confirmAnswer = !!v; },
      answerPrompt: (v) => { promptAnswer = v === null || v === undefined ? null : StringC(v); },
      storage: freeze({
        get: (key) => localStorage.getItem(key),
        set: (key, value) => localStorage.setItem(key, value),
        keys: () => testArray(Array.from(stored.keys())),
        clear: () => localStorage.clear(),
      }),
    });

    function testRequest(method, path, body, opts) {
      startServer();
      const o = opts || {};
      const headers = headerObject(o.headers);
      let text = "";
      if (body !== undefined && body !== null) {
        if (typeof body === "string") {
          text = body;
          if (!headers["content-type"]) headers["content-type"] = o.type === "form" ? "application/x-www-form-urlencoded" : "text/plain";
        } else {
          text = stringify(body);
          if (!headers["content-type"]) headers["content-type"] = "application/json";
        }
      }
      let url;
      try {
        url = new C.URL(StringC(path), "http://localhost/");
      } catch (e) {
        return PromiseC.reject(new ErrorC("request: " + StringC(path) + " is not a path"));
      }
      if (server.app === null) {
        const why = server.failed ? "The server did not start: " + server.failed : "The server is not listening: call app.listen() (or module.exports = app) in " + (config.server || "the server file") + ".";
        k.fail(why);
      }
      // From the event loop, like a page's click: the route never runs
      // inside the test's own call.
      let answered = null;
      addTimer(() => { answered = server.handle({ method, url: url.href, path: url.pathname, search: url.search, headers, body: text, fromTests: true }); }, 0, [], false, "user");
      return settleNow().then(() => answered === null ? new PromiseC(() => {}) : answered).then((r) => {
        const type = r.headers["content-type"] || "";
        let parsed;
        if (/json/i.test(type)) {
          try {
            parsed = parseJSON(r.body);
          } catch (e) {
            parsed = undefined;
          }
        }
        const out = create(null);
        out.status = r.status;
        out.headers = toTests(r.headers);
        out.text = r.body;
        out.body = toTests(parsed);
        out.type = type.split(";")[0].trim();
        return freeze(out);
      });
    }
    const request = freeze({
      get: (path, opts) => testRequest("GET", path, undefined, opts),
      delete: (path, opts) => testRequest("DELETE", path, undefined, opts),
      post: (path, body, opts) => testRequest("POST", path, body, opts),
      put: (path, body, opts) => testRequest("PUT", path, body, opts),
      patch: (path, body, opts) => testRequest("PATCH", path, body, opts),
    });

    async function serve(plan) {
      startServer();
      const one = (r) => answer({ method: StringC(r.method).toUpperCase(), url: "http://localhost" + r.path + (r.search || ""), path: StringC(r.path), search: StringC(r.search || ""), headers: headerObject(r.headers), body: StringC(r.body || ""), fromTests: false });
      for (const r of plan.replay || []) {
        try {
          await one(r);
        } catch (e) {
          // An earlier request that failed then fails again: nothing to keep.
        }
      }
      let r;
      try {
        r = await one(plan.request);
      } catch (e) {
        r = { status: 502, headers: { "content-type": "text/plain; charset=utf-8" }, body: errorText(e) };
      }
      const head = create(null);
      head.kind = "response";
      head.status = r.status;
      head.headers = r.headers;
      head.parts = 0;
      const body = StringC(r.body);
      const PART = 16384;
      const parts = [];
      for (let i = 0; i < body.length; i += PART) parts.push(body.slice(i, i + PART));
      head.parts = parts.length;
      k.report(head);
      for (let i = 0; i < parts.length; i++) {
        const p = create(null);
        p.kind = "response_part";
        p.data = parts[i];
        k.report(p);
      }
    }

    const globals = {
      click: (sel) => act(() => { const el = find(sel); dom.activate(el); }),
      dblclick: (sel) => act(() => { const el = find(sel); dom.activate(el); dom.activate(el); dom.fire(el, E.MouseEvent, "dblclick", { bubbles: true, cancelable: true, detail: 2 }); }),
      type: (sel, text) => act(() => typeInto(find(sel), text)),
      fill: (sel, text) => act(() => {
        const el = find(sel);
        if (!canUse(el)) return;
        el.focus();
        el.value = "";
        dom.fire(el, E.InputEvent, "input", { inputType: "deleteContentBackward", bubbles: true });
        typeInto(el, text);
      }),
      clear: (sel) => act(() => {
        const el = find(sel);
        if (!canUse(el)) return;
        el.focus();
        el.value = "";
        dom.edited.set(el, true);
        dom.fire(el, E.InputEvent, "input", { inputType: "deleteContentBackward", bubbles: true });
      }),
      press: (sel, key) => act(() => pressKey(find(sel), key)),
      submit: (sel) => act(() => {
        const el = find(sel);
        if (LocalName(el) !== "form") {
          dom.activate(el);
          return;
        }
        const buttons = apply(ElQSA, el, ["button:not([type=button]):not([type=reset]), input[type=submit]"]);
        if (NodeListLength(buttons) > 0) dom.activate(buttons[0]);
        else dom.requestSubmit(el, null);
      }),
      choose: (sel, valueOrLabel) => act(() => {
        const el = find(sel);
        if (LocalName(el) !== "select") k.fail("choose() picks an option of a <select>, but " + describe(el) + " is not one.");
        if (!canUse(el)) return;
        const want = StringC(valueOrLabel);
        const opts = apply(ElQSA, el, ["option"]);
        let picked = null;
        for (let i = 0; i < NodeListLength(opts); i++) if (opts[i].value === want || textOf(opts[i]) === want) { picked = opts[i]; break; }
        if (picked === null) k.fail("The list " + StringC(sel) + " has no option " + want + ".");
        picked.selected = true;
        dom.fire(el, E.InputEvent, "input", { bubbles: true });
        dom.fire(el, E.Event, "change", { bubbles: true });
      }),
      check: (sel) => act(() => { const el = find(sel); if (!apply(HasAttr, el, ["checked"])) dom.activate(el); }),
      uncheck: (sel) => act(() => { const el = find(sel); if (apply(HasAttr, el, ["checked"])) dom.activate(el); }),
      focus: (sel) => act(() => find(sel).focus()),
      blur: (sel) => act(() => find(sel).blur()),
      hover: (sel) => act(() => { const el = find(sel); dom.fire(el, E.MouseEvent, "mouseover", { bubbles: true }); dom.fire(el, E.MouseEvent, "mouseenter", {}); }),
      text: (sel) => textOf(find(sel)),
      texts: (sel) => testArray(findAll(sel).map(textOf)),
      html: (sel) => apply(InnerHTML, find(sel), []),
      value: (sel) => { const el = find(sel); return isInput(el) ? StringC(el.value) : attrOf(el, "value"); },
      attr: (sel, name) => attrOf(find(sel), StringC(name)),
      classes: (sel) => testArray((attrOf(find(sel), "class") || "").split(/\s+/).filter((c) => c !== "")),
      hasClass: (sel, c) => (attrOf(find(sel), "class") || "").split(/\s+/).indexOf(StringC(c)) >= 0,
      count: (sel) => findAll(sel).length,
      exists: (sel) => findAll(sel).length > 0,
      visible: (sel) => visibleEl(find(sel)),
      checked: (sel) => apply(HasAttr, find(sel), ["checked"]),
      disabled: (sel) => apply(HasAttr, find(sel), ["disabled"]),
      focused: (sel) => dom.activeElement(mustPage()) === find(sel),
      settle: () => advance(SETTLE_MS, true),
      clock,
      page: pageControl,
      api,
      request,
      database,
    };

    return freeze({
      globals,
      /** Before each test: the server starts, the page loads and settles. */
      beforeTest() {
        startServer();
        loadPage();
        return settleNow();
      },
      afterTest() {
        if (flooded) k.fail("The page's timers fired more than " + MAX_TIMER_RUNS + " times: is a setInterval or setTimeout never stopped?");
      },
      /** A plain run (no tests): the page loads and time runs for a while.
       *  Or, for the live preview (`config.serve`), one request answered by
       *  the mock API or the learner's server, after the session's earlier
       *  requests are replayed so the server is where the learner left it. */
      run() {
        if (config.serve) return serve(config.serve);
        startServer();
        loadPage();
        return advance(RUN_MS, true);
      },
      macrotask,
      harden: [globals, localStorage, api, request, database, pageControl, clock],
    });
  });
})();
