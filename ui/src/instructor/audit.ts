// The audit log: what each instructor did on this machine (sign-ins and
// refusals, imports, roster changes, PIN resets, notes, sticks prepared,
// exports), newest first, filtered by action, instructor, words and dates.
import type { AuditEntry, AuditFilter } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { showDesk } from "./index";

export async function openAudit() {
  showDesk("desk-audit");
  const v = (id: string) => ($(id) as HTMLInputElement).value.trim() || null;
  // Dates are whole local days: "to" includes all of that day (the core
  // takes entries before to_ms, so it is the start of the next day).
  const day = (id: string, end: boolean): number | null => {
    const s = v(id);
    if (!s) return null;
    const [y, m, d] = s.split("-").map(Number);
    const t = new Date(y, m - 1, d + (end ? 1 : 0)).getTime();
    return Number.isFinite(t) ? t : null;
  };
  const filter: AuditFilter = { action: v("audit-action"), instructor: v("audit-who"), text: v("audit-text"), from_ms: day("audit-from", false), to_ms: day("audit-to", true) };
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
