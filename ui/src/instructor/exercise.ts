// One exercise, for the whole class: pass rate and median attempts to
// pass, the tests that fail most, the learners not passed yet grouped by
// identical code (whitespace and comments aside) with one note for a whole
// group, and the lesson and reference solution for the instructor only.
import type { ExerciseReport, Feedback } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { highlightInto } from "../shared/editor";
import { refreshStatus, showDesk } from "./index";
import { openClass } from "./class";

export async function openExerciseReport(id: string) {
  let r: ExerciseReport;
  try { r = await call<ExerciseReport>("exercise_report", { id }); } catch (e) { $("grid-result").textContent = errText(e); return; }
  $("exreport-title").textContent = r.title;
  const rate = r.learners_tried ? Math.round((100 * r.learners_passed) / r.learners_tried) : 0;
  $("exreport-stats").textContent = `${r.learners_passed} of ${r.learners_tried} learner(s) who tried have passed (${rate}%)` +
    (r.median_attempts_to_pass !== null ? `; median attempts to pass: ${r.median_attempts_to_pass}` : "");
  $("exreport-failing").replaceChildren(...(r.failing_tests.length ? r.failing_tests.map((t) => {
    const li = document.createElement("li");
    li.textContent = `${t.test}: failed ${t.failures} time(s), for ${t.learners} learner(s)`;
    return li;
  }) : [Object.assign(document.createElement("li"), { textContent: "No failing tests." })]));
  $("exreport-groups").replaceChildren(...r.groups.map((g, i) => {
    const li = document.createElement("li");
    const h = document.createElement("h3");
    h.textContent = `${g.learners.join(", ")}${g.failing_tests.length ? ` (failing: ${g.failing_tests.join("; ")})` : ""}`;
    li.appendChild(h);
    for (const f of g.files) {
      const pre = document.createElement("pre");
      pre.className = "code";
      pre.tabIndex = 0;
      pre.setAttribute("aria-label", `${f.name}, as ${g.learners.length} learner(s) wrote it`);
      highlightInto(pre, f.text, f.name);
      li.appendChild(pre);
    }
    const form = document.createElement("form");
    const label = document.createElement("label");
    label.htmlFor = `group-note-${i}`;
    label.textContent = `One note for all ${g.learners.length} learner(s) in this group`;
    const text = document.createElement("textarea");
    text.id = `group-note-${i}`;
    text.rows = 2;
    text.required = true;
    const b = document.createElement("button");
    b.type = "submit";
    b.textContent = "Add note for the group";
    const out = document.createElement("p");
    out.setAttribute("role", "status");
    form.append(label, text, b, out);
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      try {
        const notes = await call<Feedback[]>("write_group_note", { attemptIds: g.attempt_ids, text: text.value });
        out.textContent = `Saved ${notes.length} note(s); they go out on the next stick.`;
        text.value = "";
        void refreshStatus();
      } catch (e) { out.textContent = `Not saved: ${errText(e)}`; }
    };
    li.appendChild(form);
    return li;
  }));
  // The core rendered and sanitised the lesson (render_lesson).
  $("exreport-lesson").innerHTML = r.lesson_html;
  $("exreport-solution").replaceChildren(...r.solution.map((f) => {
    const pre = document.createElement("pre");
    pre.className = "code";
    pre.setAttribute("aria-label", `Reference solution, ${f.name}`);
    highlightInto(pre, f.text, f.name);
    return pre;
  }));
  showDesk("desk-exercise");
}

export function setUpExerciseReport() {
  $("exreport-back").onclick = () => void openClass();
}
