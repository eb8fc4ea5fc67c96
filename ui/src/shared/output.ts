// A program's outcome as the learner reads it: what it printed, its errors
// and a one-line verdict. Shared by the exercise view and the practice pad;
// the test report (exercise.ts) is left out.
import type { RunOutcome } from "../bindings";

export const VERDICTS: Record<RunOutcome["status"], string> = {
  ok: "Finished.",
  compile_error: "The code has an error and could not start.",
  runtime_error: "The program stopped with an error.",
  timeout: "The program took too long and was stopped.",
  memory_limit: "The program used too much memory and was stopped.",
  output_limit: "The program printed too much and was stopped.",
};

/** `tablesShown`: SQL results are drawn as tables elsewhere, so their text
 * form is left out here. */
export function printOutcome(el: HTMLElement, outcome: RunOutcome, tablesShown = false): void {
  el.textContent = "";
  const add = (text: string, cls?: string) => {
    const span = document.createElement("span");
    if (cls) span.className = cls;
    span.textContent = text; // text, never HTML: output may be hostile
    el.appendChild(span);
  };
  if (outcome.stdout && !tablesShown) add(outcome.stdout);
  if (outcome.stderr) add(outcome.stderr, "err");
  for (const d of outcome.diagnostics) add(`line ${d.line}, column ${d.column}: ${d.message}\n`, "err");
  add(VERDICTS[outcome.status] + "\n", "verdict");
  el.dataset.status = outcome.status;
}
