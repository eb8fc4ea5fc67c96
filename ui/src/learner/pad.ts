// The practice pad: a scratch editor that runs JavaScript, Rust or SQL in the
// sandbox with no sign-in and nothing saved. It is opened from the profiles
// screen; it shares only the editor and the output printer with the
// exercise view.
import type { Language, RunOutcome, RunRequest } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { show } from "../shared/screens";
import { makeEditor, type Editor } from "../shared/editor";
import { printOutcome } from "../shared/output";
import { showResults } from "../shared/sql";

const STARTERS: Record<Language, string> = {
  js: 'const name = "world";\nconsole.log("Hello, " + name + "!");\n',
  rust: 'fn main() {\n    let name = "world";\n    println!("Hello, {name}!");\n}\n',
  sql: "-- A database of your own, in memory: it starts empty every Run.\nCREATE TABLE pets (name TEXT, legs INTEGER);\nINSERT INTO pets VALUES ('Rex', 4), ('Polly', 2);\nSELECT name FROM pets WHERE legs = 4;\n",
};
const FILE: Record<Language, string> = { js: "main.js", rust: "main.rs", sql: "query.sql" };
let padEditor: Editor;
let languageSelect: HTMLSelectElement;
let padReturn = "profiles";

async function runPad() {
  const language = languageSelect.value as Language;
  const request: RunRequest = { language, files: [{ name: FILE[language], text: padEditor.text() }], stdin: "" };
  const button = $<HTMLButtonElement>("run");
  button.disabled = true;
  $("status").textContent = "Running…";
  try {
    const outcome = await call<RunOutcome>("run_code", { request });
    printOutcome($("console"), outcome, outcome.tables.length > 0);
    showResults($("pad-results"), outcome.tables);
  } catch (e) {
    $("console").textContent = `Stepstone could not run this: ${errText(e)}`;
  } finally {
    button.disabled = false;
    $("status").textContent = "";
  }
}

/** Makes the editor with the JavaScript starter and wires the pad; call once. */
export function setUpPad(): void {
  padEditor = makeEditor($("editor"), "Code editor", () => {}, () => void runPad());
  padEditor.set(STARTERS.js, "main.js");
  languageSelect = $<HTMLSelectElement>("language");
  languageSelect.addEventListener("change", () => {
    const l = languageSelect.value as Language;
    padEditor.set(STARTERS[l], FILE[l]);
    showResults($("pad-results"), []);
  });
  $("run").onclick = () => void runPad();
  $("open-pad").onclick = () => { padReturn = "profiles"; show("pad"); };
  $("pad-back").onclick = () => show(padReturn);
}
