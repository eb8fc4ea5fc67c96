// One learner: a timeline of their sign-ins, exercises opened, hints and
// attempts, newest first. Each attempt shows the terminal's claim beside
// this machine's re-grade (a disagreement stands out), its code read-only
// with syntax highlighting, a diff against their previous attempt at the
// same exercise, the notes on it, and a form for a new note that may be
// anchored to a line. Notes wait for the next stick.
import type { AttemptDetail, Feedback, LearnerView } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { highlightInto } from "../shared/editor";
import { showDesk, refreshStatus } from "./index";
import { openClass } from "./class";

let currentId = "";

const VERDICT: Record<string, string> = {
  pass: "passes here", fail: "fails here", error: "could not run here", unknown_exercise: "is not in this machine's course", unreadable: "could not be read here",
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function noteLine(f: Feedback) {
  return el("li", `${f.author}${f.line ? ` (line ${f.line})` : ""}: ${f.text}`, "note");
}

function attemptItem(a: AttemptDetail): HTMLLIElement {
  const li = el("li", undefined, "attempt");
  li.dataset.attempt = a.attempt_id;
  const claim = a.claimed_pass ? "the terminal said passed" : "the terminal said not passed";
  const verdict = a.verdict ? `; it ${VERDICT[a.verdict] ?? a.verdict}` : "; not re-graded here yet";
  const head = el("h3", `${new Date(a.started_at).toLocaleString()}: ${a.exercise_title}, attempt ${a.number} (${claim}${verdict})`);
  li.appendChild(head);
  if (a.disagrees) li.appendChild(el("p", `This machine does not confirm the terminal's verdict: ${a.verdict_detail}`, "disagree-note"));
  else if (a.verdict_detail) li.appendChild(el("p", a.verdict_detail, "muted"));
  for (const f of a.files) {
    const fig = el("figure");
    fig.appendChild(el("figcaption", f.name));
    const pre = el("pre", undefined, "code");
    pre.tabIndex = 0;
    pre.setAttribute("aria-label", `${f.name}, attempt ${a.number}`);
    // Line numbers, so a note can name one.
    const numbered = f.text.split("\n").map((l, i) => `${String(i + 1).padStart(3)}  ${l}`).join("\n");
    highlightInto(pre, numbered, f.name);
    fig.appendChild(pre);
    li.appendChild(fig);
  }
  if (a.diff.length) {
    const d = el("details");
    d.appendChild(el("summary", "What changed since the attempt before"));
    for (const fd of a.diff) {
      const pre = el("pre", undefined, "diff");
      pre.setAttribute("aria-label", `Changes to ${fd.name}`);
      for (const l of fd.lines) {
        const span = el("span", `${l.tag === "added" ? "+ " : l.tag === "removed" ? "- " : "  "}${l.text}\n`, l.tag);
        pre.appendChild(span);
      }
      d.append(el("p", fd.name), pre);
    }
    li.appendChild(d);
  }
  const notes = el("ul", undefined, "notes");
  for (const f of a.notes) notes.appendChild(noteLine(f));
  li.appendChild(notes);
  const form = el("form", undefined, "note-form");
  const id = `note-${a.attempt_id}`;
  const label = el("label", "Note for the learner");
  label.htmlFor = id;
  const text = el("textarea");
  text.id = id;
  text.rows = 2;
  text.maxLength = 4000;
  text.required = true;
  const lineLabel = el("label", "About line (optional)");
  lineLabel.htmlFor = `${id}-line`;
  const line = el("input");
  line.id = `${id}-line`;
  line.type = "number";
  line.min = "1";
  line.className = "line-no";
  const send = el("button", "Add note", "primary");
  send.type = "submit";
  const result = el("p");
  result.setAttribute("role", "status");
  form.append(label, text, lineLabel, line, send, result);
  form.onsubmit = async (ev) => {
    ev.preventDefault();
    try {
      const f = await call<Feedback>("write_note", { attemptId: a.attempt_id, text: text.value, line: line.value ? Number(line.value) : null });
      notes.appendChild(noteLine(f));
      text.value = "";
      line.value = "";
      result.textContent = "Saved. It goes out on the next stick you prepare.";
      void refreshStatus();
    } catch (e) {
      result.textContent = `Not saved: ${errText(e)}`;
    }
  };
  li.appendChild(form);
  return li;
}

export async function openLearner(id: string) {
  currentId = id;
  let v: LearnerView;
  try { v = await call<LearnerView>("learner_view", { id }); } catch (e) { $("grid-result").textContent = errText(e); return; }
  $("learner-title").textContent = v.display_name + (v.active ? "" : " (left the facility)");
  $("learner-terminals").textContent = v.terminals.length ? `Terminals used: ${v.terminals.join(", ")}` : "No work from any terminal yet.";
  const items = v.timeline.map((t) => {
    const at = "at" in t ? new Date(t.at).toLocaleString() : "";
    switch (t.kind) {
      case "signed_in": return el("li", `${at}: signed in on terminal ${t.device_id}`, "session");
      case "opened": return el("li", `${at}: opened ${t.exercise_title}`, "opened");
      case "hint": return el("li", `${at}: opened hint ${t.level} of ${t.exercise_title}`, "hint");
      case "solution": return el("li", `${at}: looked at the solution of ${t.exercise_title}`, "hint");
      case "attempt": return attemptItem(t);
    }
  });
  $("learner-timeline").replaceChildren(...items);
  showDesk("desk-learner");
}

export function setUpLearnerView() {
  $("learner-back").onclick = () => void openClass();
  void currentId;
}
