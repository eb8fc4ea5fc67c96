// The exercise view: the lesson and instructor notes, the code editor with
// its file tabs and autosave, the HTML preview, Run, Check (the test report),
// hints, reset, restore and the solution. It imports no other learner screen:
// its Back button is wired by course.ts, and sign-out (profiles.ts) calls
// flushSave and closeExercise from here.
import type { ExerciseView, GradeReport, RunOutcome, SourceFile } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { show } from "../shared/screens";
import { highlightLesson, makeEditor, showDiagnostics, type Editor } from "../shared/editor";
import { printOutcome } from "../shared/output";
import { showResults, showSchema } from "../shared/sql";

/** Autosave waits this long after the last keystroke (at most 1 s). */
const AUTOSAVE_MS = 700;

let current: ExerciseView | null = null;
let files: SourceFile[] = [];
let active = 0;
let dirty = new Set<string>();
let saveTimer: number | undefined;
let switching = false;
let hintsShown = 0;
let exEditor: Editor;

function setSaved(text: string) {
  $("saved").textContent = text;
  $("saved").dataset.state = text === "Saved" ? "saved" : "pending";
}

/** Saves every file changed since the last save. Whatever leaves the
 * exercise (another screen, sign-out, Save to USB) awaits it first, so no
 * change is lost. */
export async function flushSave(): Promise<void> {
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

/** After sign-out nothing is open: autosave and the buttons have no exercise
 * to act on until the next openExercise. */
export function closeExercise(): void {
  current = null;
}

function showFile(i: number) {
  active = i;
  switching = true;
  exEditor.set(files[i].text, files[i].name, current?.sql_schema);
  switching = false;
  for (const [j, tab] of [...$("file-tabs").children].entries()) tab.setAttribute("aria-selected", String(j === i));
}

export async function openExercise(id: string): Promise<void> {
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
  // A wide example (an SQL result, a long line) scrolls sideways: the
  // keyboard must reach it too.
  for (const pre of $("lesson").querySelectorAll("pre")) pre.tabIndex = 0;
  // Instructor notes arrive on a USB stick: plain text, never HTML.
  const notes = $("feedback-list");
  notes.textContent = "";
  for (const f of view.feedback) {
    const li = document.createElement("li");
    const who = document.createElement("strong");
    who.textContent = `${f.author}, ${new Date(f.created_at).toLocaleDateString()}${f.line ? `, about line ${f.line}` : ""}: `;
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
  $("ex-run").hidden = !(view.language === "js" || view.language === "rust" || view.language === "sql" || view.language === "web");
  // SQL: Run is the scratch mode (any query on the exercise's data, not
  // graded); the schema panel shows that data.
  $("ex-run").textContent = view.language === "sql" ? "Run (not graded)" : "Run";
  showSchema($("sql-schema"), view.sql_schema);
  showResults($("sql-results"), []);
  $("ex-hint").hidden = !graded || view.hint_count === 0;
  $("hints").textContent = "";
  $("tests").textContent = "";
  $("pass-count").textContent = "";
  $("ex-console").textContent = "";
  delete $("ex-console").dataset.status;
  $("preview").hidden = view.language !== "html" && view.language !== "web";
  // A web exercise's page runs its scripts; the frame still has no origin
  // of its own (no allow-same-origin), and its CSP lets it reach only the
  // preview's scheme, which the core answers.
  $("preview").classList.toggle("preview-app", view.language === "web");
  $("preview").setAttribute("sandbox", view.language === "web" ? "allow-scripts allow-forms allow-modals" : view.preview_scripts ? "allow-scripts" : "");
  if (files.length) showFile(0);
  setSaved("Saved");
  void updatePreview();
  show("exercise");
}

// HTML preview: a sandboxed frame with no network and no navigation.
let previewTimer: number | undefined;
function schedulePreview() {
  window.clearTimeout(previewTimer);
  previewTimer = window.setTimeout(updatePreview, 700);
}
// The page comes from the core, built exactly as the grader sees it (each
// stylesheet link that names one of the exercise's files inlined where it
// stands, every other link dropped), so the preview and Check never differ.
let previewSeq = 0;
async function updatePreview() {
  if (current && current.language === "web") return updateWebPreview();
  if (!current || current.language !== "html") return;
  const seq = ++previewSeq;
  let page: string;
  try {
    page = await call<string>("preview_page", { id: current.id, files });
  } catch {
    return;
  }
  if (seq !== previewSeq) return;
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'">`;
  // After the doctype, if any: a meta before it would put the page in quirks mode.
  ($("preview") as HTMLIFrameElement).srcdoc = page.replace(/^(<!DOCTYPE[^>]*>)?/i, (m) => m + csp);
}

// A web exercise: the frame loads the page from the core through the
// stepstone-preview scheme; its fetches and form posts go back the same
// way to the exercise's mock API or the learner's own server, in the
// sandbox. Each edit starts a fresh preview (a fresh server).
async function updateWebPreview() {
  if (!current) return;
  const seq = ++previewSeq;
  let token: string;
  try {
    token = await call<string>("preview_web", { id: current.id, files });
  } catch {
    return;
  }
  if (seq !== previewSeq) return;
  const frame = $("preview") as HTMLIFrameElement;
  frame.removeAttribute("srcdoc");
  frame.src = `stepstone-preview://${token}/`;
}

async function runExercise() {
  if (!current) return;
  await flushSave();
  $("ex-status").textContent = "Running…";
  try {
    const outcome = await call<RunOutcome>("run_exercise", { id: current.id, files });
    printOutcome($("ex-console"), outcome, outcome.tables.length > 0);
    showResults($("sql-results"), outcome.tables);
    showDiagnostics(exEditor.view, outcome.diagnostics);
  } catch (e) {
    $("ex-console").textContent = errText(e);
  } finally {
    $("ex-status").textContent = "";
  }
}

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
    printOutcome($("ex-console"), r.outcome, r.outcome.tables.length > 0);
  }
  showResults($("sql-results"), r.outcome?.tables ?? []);
  if (r.outcome) showDiagnostics(exEditor.view, r.outcome.diagnostics);
}

/** Makes the editor and wires the view's buttons; call once. */
export function setUpExercise(): void {
  exEditor = makeEditor($("ex-editor"), "Code editor", () => {
    if (switching || !current) return;
    files[active].text = exEditor.text();
    dirty.add(files[active].name);
    setSaved("Not saved yet…");
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => void flushSave(), AUTOSAVE_MS);
    schedulePreview();
  }, () => void runExercise());

  // Save before the window goes away or loses focus.
  window.addEventListener("blur", () => void flushSave());
  document.addEventListener("visibilitychange", () => void flushSave());
  window.addEventListener("beforeunload", () => void flushSave());

  $("ex-run").onclick = () => void runExercise();

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
    void updatePreview();
  };

  $("ex-restore").onclick = async () => {
    if (!current) return;
    await flushSave();
    files = await call<SourceFile[]>("restore_previous", { id: current.id });
    showFile(0);
    setSaved("Saved");
    void updatePreview();
  };

  $("ex-solution").onclick = async () => {
    if (!current) return;
    try {
      const sol = await call<SourceFile[]>("solution", { id: current.id });
      $("ex-console").textContent = sol.map((f) => `${f.name.endsWith(".sql") ? "--" : "//"} ${f.name}\n${f.text}`).join("\n");
    } catch (e) {
      $("ex-console").textContent = errText(e);
    }
  };
}
