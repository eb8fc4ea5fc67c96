// The Stepstone window. It talks to the core only through typed Tauri
// commands (bindings.ts is generated from the Rust types) and shows every
// piece of program output and every name as text, never as HTML. The one
// exception is the lesson, which the core renders from Markdown and
// sanitises before it arrives here.
import { listen } from "@tauri-apps/api/event";
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import { setDiagnostics, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { highlightCode, tags as t } from "@lezer/highlight";
import type { Parser } from "@lezer/common";
import { parser as jsParser } from "@lezer/javascript";
import { parser as rustParser } from "@lezer/rust";
import { parser as htmlParser } from "@lezer/html";
import { parser as cssParser } from "@lezer/css";
import { javascript } from "@codemirror/lang-javascript";
import { rust } from "@codemirror/lang-rust";
import { html } from "@codemirror/lang-html";
import { css } from "@codemirror/lang-css";
import type {
  AppInfo, CourseMap, ExportReport, Diagnostic, ExerciseView, GradeReport, Language, RunOutcome, RunRequest, SourceFile, Student, UsbImport,
} from "./bindings";

/** Autosave waits this long after the last keystroke (at most 1 s). */
const AUTOSAVE_MS = 700;
/** Sign out after this long without a key press or click (policy.json). */
let idleSignOutMs = 15 * 60_000;

import { $, call, errText } from "./shared/ipc";
import { setUpTrustKeys } from "./screens/trust-keys";

// ---------- screens ----------
const screens = ["profiles", "course", "exercise", "pad"] as const;
type Screen = (typeof screens)[number];
function show(screen: Screen) {
  for (const s of screens) $(`screen-${s}`).hidden = s !== screen;
  document.body.dataset.screen = screen;
  $("main").focus();
}

// ---------- appearance: font size and contrast persist per terminal ----------
let fontScale = Number(localStorage.getItem("stepstone.fontScale") ?? "1");
function applyAppearance() {
  document.documentElement.style.setProperty("--scale", String(fontScale));
  const hc = localStorage.getItem("stepstone.contrast") === "high";
  document.documentElement.classList.toggle("high-contrast", hc);
  $("contrast").setAttribute("aria-pressed", String(hc));
}
$("font-up").onclick = () => { fontScale = Math.min(2, fontScale + 0.125); localStorage.setItem("stepstone.fontScale", String(fontScale)); applyAppearance(); };
$("font-down").onclick = () => { fontScale = Math.max(0.75, fontScale - 0.125); localStorage.setItem("stepstone.fontScale", String(fontScale)); applyAppearance(); };
$("contrast").onclick = () => {
  localStorage.setItem("stepstone.contrast", localStorage.getItem("stepstone.contrast") === "high" ? "normal" : "high");
  applyAppearance();
};
applyAppearance();

// ---------- editors ----------
function languageExtension(name: string): Extension {
  if (name.endsWith(".rs")) return rust();
  if (name.endsWith(".html")) return html();
  if (name.endsWith(".css")) return css();
  return javascript();
}

// Token colours from CSS variables, so both themes meet WCAG AA contrast
// (CodeMirror's defaults do not, on the active-line background).
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.modifier], color: "var(--tok-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp], color: "var(--tok-string)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "var(--tok-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--tok-comment)", fontStyle: "italic" },
  { tag: [t.definition(t.variableName), t.function(t.variableName), t.definition(t.propertyName)], color: "var(--tok-def)" },
  { tag: [t.typeName, t.className, t.tagName, t.macroName], color: "var(--tok-type)" },
  { tag: [t.attributeName, t.propertyName], color: "var(--tok-attr)" },
  { tag: [t.invalid], color: "var(--bad)" },
]);

// Code blocks in lessons get the same colours as the editor: the lesson
// HTML is already sanitised; this only wraps its text in spans.
const LESSON_PARSERS: Record<string, Parser> = {
  "language-js": jsParser, "language-javascript": jsParser, "language-rust": rustParser,
  "language-html": htmlParser, "language-css": cssParser,
};
function highlightLesson(root: HTMLElement) {
  for (const code of root.querySelectorAll<HTMLElement>("pre code")) {
    const parser = [...code.classList].map((c) => LESSON_PARSERS[c]).find(Boolean);
    if (!parser) continue;
    const text = code.textContent ?? "";
    code.textContent = "";
    highlightCode(text, parser.parse(text), highlight, (piece, classes) => {
      const node = classes ? Object.assign(document.createElement("span"), { className: classes }) : document.createTextNode(piece);
      if (classes) node.textContent = piece;
      code.appendChild(node);
    }, () => code.appendChild(document.createTextNode("\n")));
  }
}

function makeEditor(parent: HTMLElement, label: string, onChange: () => void, onRun: () => void) {
  const lang = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        basicSetup,
        syntaxHighlighting(highlight),
        lang.of(javascript()),
        keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }]),
        EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange(); }),
      ],
    }),
  });
  return {
    view,
    set(text: string, fileName: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, effects: lang.reconfigure(languageExtension(fileName)) });
    },
    text: () => view.state.doc.toString(),
  };
}

function showDiagnostics(view: EditorView, diags: Diagnostic[]) {
  const doc = view.state.doc;
  const out: CmDiagnostic[] = [];
  for (const d of diags) {
    if (d.line < 1 || d.line > doc.lines) continue;
    const from = Math.min(doc.line(d.line).from + Math.max(0, d.column - 1), doc.line(d.line).to);
    const endLine = Math.min(Math.max(d.end_line, d.line), doc.lines);
    const to = Math.max(from, Math.min(doc.line(endLine).from + Math.max(0, d.end_column - 1), doc.line(endLine).to));
    out.push({ from, to, severity: d.severity === "note" ? "info" : d.severity, message: d.message });
  }
  view.dispatch(setDiagnostics(view.state, out));
}

// ---------- output ----------
const VERDICTS: Record<RunOutcome["status"], string> = {
  ok: "Finished.",
  compile_error: "The code has an error and could not start.",
  runtime_error: "The program stopped with an error.",
  timeout: "The program took too long and was stopped.",
  memory_limit: "The program used too much memory and was stopped.",
  output_limit: "The program printed too much and was stopped.",
};

function printOutcome(el: HTMLElement, outcome: RunOutcome) {
  el.textContent = "";
  const add = (text: string, cls?: string) => {
    const span = document.createElement("span");
    if (cls) span.className = cls;
    span.textContent = text; // text, never HTML: output may be hostile
    el.appendChild(span);
  };
  if (outcome.stdout) add(outcome.stdout);
  if (outcome.stderr) add(outcome.stderr, "err");
  for (const d of outcome.diagnostics) add(`line ${d.line}, column ${d.column}: ${d.message}\n`, "err");
  add(VERDICTS[outcome.status] + "\n", "verdict");
  el.dataset.status = outcome.status;
}

// ---------- startup ----------
async function loadInfo() {
  const info = await call<AppInfo>("app_info");
  $("version").textContent = `version ${info.version}`;
  for (const id of ["usb-folder", "usb-in-folder"]) $(id).textContent = info.usb_folder;
  const list = $("doctor");
  list.textContent = "";
  for (const c of info.doctor.checks) {
    const li = document.createElement("li");
    li.className = c.found ? "found" : "missing";
    li.textContent = `${c.name}: ${c.found ? "found" : "missing"}`;
    li.title = c.detail;
    list.appendChild(li);
  }
  if (info.startup_error) {
    const b = $("startup-error");
    b.hidden = false;
    b.textContent = `Stepstone could not open your work: ${info.startup_error}`;
  }
}

// ---------- profiles and sign-in ----------
let chosen: Student | null = null;

async function loadProfiles() {
  let students: Student[] = [];
  try { students = await call<Student[]>("list_students"); } catch (e) { $("pin-error").textContent = errText(e); }
  // Built whole, then swapped in: two refreshes at once must not interleave.
  const items: HTMLLIElement[] = [];
  for (const s of students) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "profile";
    b.textContent = s.display_name;
    b.dataset.id = s.id;
    b.onclick = () => choose(s);
    li.appendChild(b);
    items.push(li);
  }
  $("profiles").replaceChildren(...items);
}

function choose(s: Student) {
  chosen = s;
  $("pin-form").hidden = false;
  $("pin-title").textContent = `Hello, ${s.display_name}`;
  $("pin-error").textContent = "";
  ($("pin") as HTMLInputElement).value = "";
  $("pin").focus();
}

$("pin-form").onsubmit = async (ev) => {
  ev.preventDefault();
  if (!chosen) return;
  const pin = ($("pin") as HTMLInputElement).value;
  try {
    const s = await call<Student>("sign_in", { studentId: chosen.id, pin });
    signedIn(s);
  } catch (e) {
    $("pin-error").textContent = errText(e);
  }
};

$("new-form").onsubmit = async (ev) => {
  ev.preventDefault();
  const name = ($("new-name") as HTMLInputElement).value;
  const pin = ($("new-pin") as HTMLInputElement).value;
  try {
    const s = await call<Student>("create_student", { name, pin });
    await call<Student>("sign_in", { studentId: s.id, pin });
    ($("new-pin") as HTMLInputElement).value = "";
    signedIn(s);
  } catch (e) {
    $("new-error").textContent = errText(e);
  }
};

function signedIn(s: Student) {
  $("who").textContent = s.display_name;
  $("sign-out").hidden = false;
  ($("pin") as HTMLInputElement).value = "";
  void openCourse();
}

async function signOut() {
  await flushSave();
  await call("sign_out");
  current = null;
  $("who").textContent = "";
  $("sign-out").hidden = true;
  $("pin-form").hidden = true;
  await loadProfiles();
  show("profiles");
}
$("sign-out").onclick = () => void signOut();

// Idle sign-out protects a shared terminal when a learner walks away.
let idleTimer: number | undefined;
function resetIdle() {
  window.clearTimeout(idleTimer);
  if ($("sign-out").hidden) return;
  idleTimer = window.setTimeout(() => void signOut(), idleSignOutMs);
}
for (const ev of ["keydown", "pointerdown"]) document.addEventListener(ev, resetIdle, { passive: true });

// ---------- course map ----------
const STATE_TEXT = { not_started: "Not started", in_progress: "In progress", passed: "Passed" } as const;
let continueId: string | null = null;

async function openCourse() {
  await flushSave();
  renderCourse(await call<CourseMap>("course"));
  resetIdle();
  show("course");
}

/** Redraws the course map in place if the learner is still looking at it
 * (new lessons from a USB stick); never moves them or the focus. */
async function refreshCourse() {
  let map: CourseMap;
  try { map = await call<CourseMap>("course"); } catch { return; }
  if (document.body.dataset.screen === "course") renderCourse(map);
}

function renderCourse(map: CourseMap) {
  continueId = map.continue_id;
  idleSignOutMs = map.policy.idle_sign_out_minutes * 60_000;
  $("continue").hidden = !continueId;
  const root = $("tracks");
  root.textContent = "";
  for (const t of map.tracks) {
    const sec = document.createElement("section");
    sec.className = "track";
    const h = document.createElement("h3");
    h.textContent = t.title;
    sec.appendChild(h);
    for (const u of t.units) {
      const uh = document.createElement("h4");
      uh.textContent = u.title;
      sec.appendChild(uh);
      const ol = document.createElement("ol");
      ol.className = "exercises";
      for (const e of u.exercises) {
        const li = document.createElement("li");
        const b = document.createElement("button");
        b.type = "button";
        b.className = `exercise-link state-${e.state}`;
        b.dataset.id = e.id;
        const title = document.createElement("span");
        title.textContent = e.title;
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = STATE_TEXT[e.state];
        b.append(title, badge);
        b.onclick = () => void openExercise(e.id);
        li.appendChild(b);
        ol.appendChild(li);
      }
      sec.appendChild(ol);
    }
    root.appendChild(sec);
  }
}
$("continue").onclick = () => { if (continueId) void openExercise(continueId); };

$("usb-export").onclick = async () => {
  const result = $("usb-result");
  result.textContent = "";
  delete result.dataset.status;
  $("usb-progress").hidden = false;
  $("usb-export").setAttribute("disabled", "");
  try {
    await flushSave();
    const r = await call<ExportReport>("export_bundle");
    result.textContent = r.events === 0
      ? `Nothing new since your last save; a small file was still written to ${r.path}. You can remove the stick now.`
      : `Saved ${r.events} new change(s) to ${r.path}. You can remove the stick now.`;
    result.dataset.status = "ok";
  } catch (e) {
    result.textContent = `Not saved: ${errText(e)}`;
    result.dataset.status = "error";
  } finally {
    $("usb-progress").hidden = true;
    $("usb-export").removeAttribute("disabled");
  }
};

/** One file's outcome, as text. */
function usbLine(r: UsbImport): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.status = r.status;
  li.textContent = r.file ? `${r.file}: ${r.message}` : r.message;
  return li;
}

/** Loads every bundle in a USB folder and lists, file by file, what came of it. */
async function importUsb(list: HTMLElement, button: HTMLElement): Promise<boolean> {
  list.textContent = "";
  button.setAttribute("disabled", "");
  let loaded = false;
  try {
    const results = await call<UsbImport[]>("import_usb");
    if (results.length === 0) {
      const li = document.createElement("li");
      li.textContent = "No Stepstone files found on the stick.";
      list.appendChild(li);
    }
    for (const r of results) {
      list.appendChild(usbLine(r));
      loaded ||= r.status === "loaded";
    }
  } catch (e) {
    const li = document.createElement("li");
    li.dataset.status = "refused";
    li.textContent = `Nothing loaded: ${errText(e)}`;
    list.appendChild(li);
  } finally {
    button.removeAttribute("disabled");
  }
  return loaded;
}
$("usb-import").onclick = async () => {
  // New lessons show up on the map at once.
  if (await importUsb($("usb-import-result"), $("usb-import"))) await openCourse();
};
$("usb-in-import").onclick = async () => {
  if (await importUsb($("usb-in-result"), $("usb-in-import"))) await loadProfiles();
};
setUpTrustKeys();
$("back").onclick = () => void openCourse();

// ---------- exercise view ----------
let current: ExerciseView | null = null;
let files: SourceFile[] = [];
let active = 0;
let dirty = new Set<string>();
let saveTimer: number | undefined;
let switching = false;
let hintsShown = 0;

const exEditor = makeEditor($("ex-editor"), "Code editor", () => {
  if (switching || !current) return;
  files[active].text = exEditor.text();
  dirty.add(files[active].name);
  setSaved("Not saved yet…");
  window.clearTimeout(saveTimer);
  saveTimer = window.setTimeout(() => void flushSave(), AUTOSAVE_MS);
  schedulePreview();
}, () => void runExercise());

function setSaved(text: string) {
  $("saved").textContent = text;
  $("saved").dataset.state = text === "Saved" ? "saved" : "pending";
}

async function flushSave() {
  window.clearTimeout(saveTimer);
  if (!current || dirty.size === 0) return;
  const id = current.id;
  const names = [...dirty];
  dirty = new Set();
  try {
    for (const name of names) {
      const f = files.find((x) => x.name === name);
      if (f) await call("save_draft", { id, file: f });
    }
    setSaved("Saved");
  } catch (e) {
    for (const n of names) dirty.add(n);
    setSaved(`Not saved: ${errText(e)}`);
  }
}
// Save before the window goes away or loses focus.
window.addEventListener("blur", () => void flushSave());
document.addEventListener("visibilitychange", () => void flushSave());
window.addEventListener("beforeunload", () => void flushSave());

function showFile(i: number) {
  active = i;
  switching = true;
  exEditor.set(files[i].text, files[i].name);
  switching = false;
  for (const [j, tab] of [...$("file-tabs").children].entries()) tab.setAttribute("aria-selected", String(j === i));
}

async function openExercise(id: string) {
  await flushSave();
  const view = await call<ExerciseView>("open_exercise", { id });
  current = view;
  files = view.files.map((f) => ({ ...f }));
  dirty = new Set();
  hintsShown = 0;
  $("ex-title").textContent = view.title;
  // The core rendered and sanitised the Markdown (see render_lesson).
  $("lesson").innerHTML = view.lesson_html;
  highlightLesson($("lesson"));
  // Instructor notes arrive on a USB stick: plain text, never HTML.
  const notes = $("feedback-list");
  notes.textContent = "";
  for (const f of view.feedback) {
    const li = document.createElement("li");
    const who = document.createElement("strong");
    who.textContent = `${f.author}, ${new Date(f.created_at).toLocaleDateString()}: `;
    li.append(who, document.createTextNode(f.text));
    notes.appendChild(li);
  }
  $("feedback").hidden = view.feedback.length === 0;
  const tabs = $("file-tabs");
  tabs.textContent = "";
  files.forEach((f, i) => {
    const b = document.createElement("button");
    b.type = "button";
    b.setAttribute("role", "tab");
    b.textContent = f.name;
    b.onclick = () => showFile(i);
    tabs.appendChild(b);
  });
  const graded = view.kind !== "reading";
  $("ex-editor").hidden = !graded;
  for (const b of ["ex-check", "ex-hint", "ex-reset", "ex-restore", "ex-solution"]) $(b).hidden = !graded;
  $("ex-run").hidden = !(view.language === "js" || view.language === "rust");
  $("ex-hint").hidden = !graded || view.hint_count === 0;
  $("hints").textContent = "";
  $("tests").textContent = "";
  $("pass-count").textContent = "";
  $("ex-console").textContent = "";
  delete $("ex-console").dataset.status;
  $("preview").hidden = view.language !== "html";
  $("preview").setAttribute("sandbox", view.preview_scripts ? "allow-scripts" : "");
  if (files.length) showFile(0);
  setSaved("Saved");
  updatePreview();
  show("exercise");
}

// HTML preview: a sandboxed frame with no network and no navigation.
let previewTimer: number | undefined;
function schedulePreview() {
  window.clearTimeout(previewTimer);
  previewTimer = window.setTimeout(updatePreview, 700);
}
function updatePreview() {
  if (!current || current.language !== "html") return;
  const page = files.find((f) => f.name.endsWith(".html"))?.text ?? "";
  const styles = files.filter((f) => f.name.endsWith(".css")).map((f) => `<style>${f.text.replace(/<\/style/gi, "<\\/style")}</style>`).join("");
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'">`;
  ($("preview") as HTMLIFrameElement).srcdoc = csp + styles + page;
}

async function runExercise() {
  if (!current) return;
  await flushSave();
  $("ex-status").textContent = "Running…";
  try {
    const outcome = await call<RunOutcome>("run_exercise", { id: current.id, files });
    printOutcome($("ex-console"), outcome);
    showDiagnostics(exEditor.view, outcome.diagnostics);
  } catch (e) {
    $("ex-console").textContent = errText(e);
  } finally {
    $("ex-status").textContent = "";
  }
}
$("ex-run").onclick = () => void runExercise();

function renderReport(r: GradeReport) {
  const list = $("tests");
  list.textContent = "";
  for (const t of r.tests) {
    const li = document.createElement("li");
    li.className = `test ${t.status}`;
    const head = document.createElement("strong");
    head.textContent = `${t.status === "pass" ? "✓ Passed" : t.status === "fail" ? "✗ Not yet" : "! Error"}: ${t.name}`;
    li.appendChild(head);
    for (const [label, value] of [["", t.message], ["Expected: ", t.expected], ["Your code gave: ", t.actual], ["Printed: ", t.output]] as const) {
      if (!value) continue;
      const p = document.createElement("div");
      p.className = "detail";
      p.textContent = label + value;
      li.appendChild(p);
    }
    list.appendChild(li);
  }
  const passed = r.tests.filter((t) => t.status === "pass").length;
  $("pass-count").textContent = r.status === "error" && r.tests.length === 0
    ? "The tests could not run."
    : `${passed} of ${r.tests.length} tests pass${r.status === "pass" ? " — well done!" : "."}`;
  $("pass-count").dataset.status = r.status;
  if (r.message) {
    $("ex-console").textContent = r.message;
  } else if (r.outcome) {
    printOutcome($("ex-console"), r.outcome);
  }
  if (r.outcome) showDiagnostics(exEditor.view, r.outcome.diagnostics);
}

$("ex-check").onclick = async () => {
  if (!current) return;
  await flushSave();
  $("ex-status").textContent = "Checking…";
  delete $("pass-count").dataset.status;
  try {
    const report = await call<GradeReport>("check_exercise", { id: current.id, files });
    renderReport(report);
    if (report.status === "pass") current.passed = true;
  } catch (e) {
    $("pass-count").textContent = errText(e);
  } finally {
    $("ex-status").textContent = "";
  }
};

$("ex-hint").onclick = async () => {
  if (!current || hintsShown >= current.hint_count) return;
  const text = await call<string>("hint", { id: current.id, level: hintsShown });
  const li = document.createElement("li");
  li.textContent = text;
  $("hints").appendChild(li);
  hintsShown++;
  if (hintsShown >= current.hint_count) $("ex-hint").setAttribute("disabled", "");
};

$("ex-reset").onclick = async () => {
  if (!current) return;
  if (!window.confirm("Put the starter code back? Your current code is kept in the history.")) return;
  await flushSave();
  files = await call<SourceFile[]>("reset_exercise", { id: current.id });
  showFile(0);
  setSaved("Saved");
  updatePreview();
};

$("ex-restore").onclick = async () => {
  if (!current) return;
  await flushSave();
  files = await call<SourceFile[]>("restore_previous", { id: current.id });
  showFile(0);
  setSaved("Saved");
  updatePreview();
};

$("ex-solution").onclick = async () => {
  if (!current) return;
  try {
    const sol = await call<SourceFile[]>("solution", { id: current.id });
    $("ex-console").textContent = sol.map((f) => `// ${f.name}\n${f.text}`).join("\n");
  } catch (e) {
    $("ex-console").textContent = errText(e);
  }
};

// ---------- practice pad ----------
const STARTERS: Record<Language, string> = {
  js: 'const name = "world";\nconsole.log("Hello, " + name + "!");\n',
  rust: 'fn main() {\n    let name = "world";\n    println!("Hello, {name}!");\n}\n',
};
const padEditor = makeEditor($("editor"), "Code editor", () => {}, () => void runPad());
padEditor.set(STARTERS.js, "main.js");
const languageSelect = $<HTMLSelectElement>("language");
languageSelect.addEventListener("change", () => {
  const l = languageSelect.value as Language;
  padEditor.set(STARTERS[l], l === "rust" ? "main.rs" : "main.js");
});
async function runPad() {
  const language = languageSelect.value as Language;
  const request: RunRequest = { language, files: [{ name: language === "rust" ? "main.rs" : "main.js", text: padEditor.text() }], stdin: "" };
  const button = $<HTMLButtonElement>("run");
  button.disabled = true;
  $("status").textContent = "Running…";
  try {
    printOutcome($("console"), await call<RunOutcome>("run_code", { request }));
  } catch (e) {
    $("console").textContent = `Stepstone could not run this: ${errText(e)}`;
  } finally {
    button.disabled = false;
    $("status").textContent = "";
  }
}
$("run").onclick = () => void runPad();
let padReturn: Screen = "profiles";
$("open-pad").onclick = () => { padReturn = "profiles"; show("pad"); };
$("pad-back").onclick = () => show(padReturn);

// ---------- a stick mounted at the facility's USB folder ----------
// The core watches the folder and loads what the instructor sent; the
// window says what came of it and refreshes what may have changed.
$("usb-news-ok").onclick = () => {
  $("usb-news").hidden = true;
  $("usb-news-list").textContent = "";
};
const usbListening = listen<UsbImport>("usb-import", (event) => {
  const r = event.payload;
  // Other terminals' saves (and this one's own, just written) are for the
  // instructor: not news here.
  if (r.status === "not_for_this_computer" || r.status === "nothing_new") return;
  $("usb-news-list").appendChild(usbLine(r));
  $("usb-news").hidden = false;
  if (r.status !== "loaded") return;
  // Refresh what may have changed, without moving the learner or the focus.
  if (document.body.dataset.screen === "profiles") void loadProfiles();
  if (document.body.dataset.screen === "course") void refreshCourse();
});

// ---------- go ----------
void (async () => {
  try { await loadInfo(); } catch (e) { $("version").textContent = `could not load: ${errText(e)}`; }
  await loadProfiles();
  show("profiles");
  // Only once the window listens: a stick already in place is reported too.
  void usbListening.then(() => call("start_usb_watch")).catch(() => {});
  document.body.dataset.ready = "true";
})();
