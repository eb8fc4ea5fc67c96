// The roster: add a learner centrally, give a learner who forgot theirs a
// new PIN, deactivate one who left (their records stay) or let them back,
// and see which terminals each has used. Every change reaches terminals on
// the next stick prepared; until then the row says it is waiting.
import type { DeskStatus, Instructor, RosterLearner } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { showDesk } from "./index";

/** The instructor accounts on this machine. */
async function loadAccounts() {
  try {
    const s = await call<DeskStatus>("desk_status");
    $("accounts-list").replaceChildren(...s.accounts.map((a) => Object.assign(document.createElement("li"), { textContent: a.name })));
  } catch (e) { $("accounts-result").textContent = errText(e); }
}

export async function openRoster() {
  showDesk("desk-roster");
  void loadAccounts();
  let list: RosterLearner[] = [];
  try { list = await call<RosterLearner[]>("roster"); } catch (e) { $("roster-result").textContent = errText(e); }
  $("roster-rows").replaceChildren(...list.map((l) => {
    const tr = document.createElement("tr");
    tr.dataset.id = l.id;
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = l.display_name;
    const status = document.createElement("td");
    status.textContent = (l.active ? "active" : "left the facility") + (l.change_waiting ? "; change waiting for the next stick" : "");
    const terms = document.createElement("td");
    terms.textContent = l.terminals.join(", ") || "none yet";
    const pinCell = document.createElement("td");
    const form = document.createElement("form");
    form.className = "pin-reset";
    const input = document.createElement("input");
    input.type = "password";
    input.inputMode = "numeric";
    input.autocomplete = "off";
    input.minLength = 6;
    input.required = true;
    input.setAttribute("aria-label", `New PIN for ${l.display_name}`);
    const b = document.createElement("button");
    b.type = "submit";
    b.textContent = "Reset PIN";
    form.append(input, b);
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      try {
        await call("reset_pin", { id: l.id, pin: input.value });
        $("roster-result").textContent = `New PIN for ${l.display_name} saved; it reaches the terminals on the next stick.`;
        await openRoster();
      } catch (e) { $("roster-result").textContent = errText(e); }
    };
    pinCell.appendChild(form);
    const act = document.createElement("td");
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.textContent = l.active ? "Deactivate" : "Let them sign in again";
    toggle.onclick = async () => {
      if (l.active && !window.confirm(`${l.display_name} will no longer be able to sign in. Their work is kept. Go on?`)) return;
      try { await call("set_learner_active", { id: l.id, active: !l.active }); await openRoster(); } catch (e) { $("roster-result").textContent = errText(e); }
    };
    act.appendChild(toggle);
    tr.append(name, status, terms, pinCell, act);
    return tr;
  }));
}

export function setUpRoster() {
  // A colleague's account: only a signed-in instructor may add one, and
  // the audit log says who did.
  $("accounts-add").onsubmit = async (ev) => {
    ev.preventDefault();
    const name = $("accounts-name") as HTMLInputElement, pass = $("accounts-pass") as HTMLInputElement;
    try {
      const who = await call<Instructor>("desk_create_account", { name: name.value, passphrase: pass.value });
      $("accounts-result").textContent = `Account for ${who.name} added.`;
      name.value = "";
      pass.value = "";
      await loadAccounts();
    } catch (e) { $("accounts-result").textContent = errText(e); }
  };
  $("roster-add").onsubmit = async (ev) => {
    ev.preventDefault();
    const name = $("roster-name") as HTMLInputElement, pin = $("roster-pin") as HTMLInputElement;
    try {
      await call("add_learner", { name: name.value, pin: pin.value });
      $("roster-add-result").textContent = `${name.value} added; they can sign in on a terminal once it loads the next stick.`;
      name.value = "";
      pin.value = "";
      await openRoster();
    } catch (e) { $("roster-add-result").textContent = errText(e); }
  };
}
