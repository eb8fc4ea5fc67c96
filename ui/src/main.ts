// The Stepstone window. It talks to the core only through typed Tauri
// commands (see bindings.ts, generated from the Rust types) and shows every
// piece of program output as text, never as HTML.
import { invoke } from "@tauri-apps/api/core";
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Compartment, EditorState } from "@codemirror/state";
import { javascript } from "@codemirror/lang-javascript";
import { rust } from "@codemirror/lang-rust";
import type { AppInfo, Language, RunOutcome, RunRequest } from "./bindings";

const STARTERS: Record<Language, string> = {
  js: 'const name = "world";\nconsole.log("Hello, " + name + "!");\n',
  rust: 'fn main() {\n    let name = "world";\n    println!("Hello, {name}!");\n}\n',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const languageSelect = $<HTMLSelectElement>("language");
const runButton = $<HTMLButtonElement>("run");
const statusEl = $("status");
const consoleEl = $("console");

const languageConf = new Compartment();
const langExtension = (l: Language) => (l === "rust" ? rust() : javascript());

const view = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: STARTERS.js,
    extensions: [
      basicSetup,
      languageConf.of(langExtension("js")),
      keymap.of([{ key: "Mod-Enter", run: () => (void runCode(), true) }]),
      EditorView.contentAttributes.of({ "aria-label": "Code editor" }),
    ],
  }),
});

function line(text: string, cls?: string) {
  const span = document.createElement("span");
  if (cls) span.className = cls;
  span.textContent = text; // text, never HTML: output may be hostile
  consoleEl.appendChild(span);
}

const VERDICTS: Record<RunOutcome["status"], string> = {
  ok: "Finished.",
  compile_error: "The code has an error and could not start.",
  runtime_error: "The program stopped with an error.",
  timeout: "The program took too long and was stopped.",
  memory_limit: "The program used too much memory and was stopped.",
  output_limit: "The program printed too much and was stopped.",
};

function show(outcome: RunOutcome) {
  consoleEl.textContent = "";
  if (outcome.stdout) line(outcome.stdout);
  if (outcome.stderr) line(outcome.stderr, "err");
  for (const d of outcome.diagnostics) line(`line ${d.line}, column ${d.column}: ${d.message}\n`, "err");
  line(VERDICTS[outcome.status] + "\n", "verdict");
  consoleEl.dataset.status = outcome.status;
}

async function runCode() {
  const language = languageSelect.value as Language;
  const request: RunRequest = {
    language,
    files: [{ name: language === "rust" ? "main.rs" : "main.js", text: view.state.doc.toString() }],
    stdin: "",
  };
  runButton.disabled = true;
  statusEl.textContent = "Running…";
  try {
    show(await invoke<RunOutcome>("run_code", { request }));
    statusEl.textContent = "";
  } catch (e) {
    consoleEl.textContent = "";
    line(`Stepstone could not run this: ${(e as { message?: string }).message ?? String(e)}\n`, "err");
    statusEl.textContent = "";
  } finally {
    runButton.disabled = false;
  }
}

languageSelect.addEventListener("change", () => {
  const l = languageSelect.value as Language;
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: STARTERS[l] },
    effects: languageConf.reconfigure(langExtension(l)),
  });
});
runButton.addEventListener("click", () => void runCode());

async function loadInfo() {
  try {
    const info = await invoke<AppInfo>("app_info");
    $("version").textContent = `version ${info.version}`;
    const list = $("doctor");
    list.textContent = "";
    for (const c of info.doctor.checks) {
      const li = document.createElement("li");
      li.className = c.found ? "found" : "missing";
      li.textContent = `${c.name}: ${c.found ? "found" : "missing"}`;
      li.title = c.detail;
      list.appendChild(li);
    }
    document.body.dataset.ready = "true";
  } catch (e) {
    $("version").textContent = `could not load: ${String(e)}`;
  }
}
void loadInfo();
