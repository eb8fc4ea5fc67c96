// The audit log: what each instructor did on this machine (sign-ins and
// refusals, imports, roster changes, PIN resets, notes, sticks prepared,
// exports), newest first, filtered by action, instructor and words.
import type { AuditEntry, AuditFilter } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { showDesk } from "./index";

export async function openAudit() {
  showDesk("desk-audit");
  const v = (id: string) => ($(id) as HTMLInputElement).value.trim() || null;
  const filter: AuditFilter = { action: v("audit-action"), instructor: v("audit-who"), text: v("audit-text"), from_ms: null, to_ms: null };
  let rows: AuditEntry[] = [];
  try { rows = await call<AuditEntry[]>("audit_log", { filter }); } catch (e) { rows = []; $("audit-rows").textContent = errText(e); return; }
  $("audit-rows").replaceChildren(...rows.map((r) => {
    const tr = document.createElement("tr");
    for (const text of [new Date(r.at).toLocaleString(), r.instructor, r.action, r.detail]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.appendChild(td);
    }
    return tr;
  }));
}

export function setUpAudit() {
  $("audit-filters").onsubmit = (ev) => { ev.preventDefault(); void openAudit(); };
}
