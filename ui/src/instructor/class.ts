// The class at a glance: Load from USB and Prepare a USB (with a progress
// bar and a plain summary), the grid (one row per learner, one column per
// exercise, grouped by unit; sticky headers, collapsible units, arrow keys
// move between cells, each cell labelled for screen readers), the "needs
// support" list with each flag's reason, the filters, CSV and print.
// Cell text comes from the core, which writes the same text to the CSV.
import type { ClassGrid, CsvExport, GridQuery, ImportSummary, PrepareReport, SupportSettings } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { refreshStatus, showDesk } from "./index";
import { openLearner } from "./learner";
import { openExerciseReport } from "./exercise";

const collapsed = new Set<string>();
let last: ClassGrid | null = null;

function query(): GridQuery {
  const day = (id: string, end = false) => {
    const v = ($(id) as HTMLInputElement).value;
    if (!v) return null;
    const t = new Date(`${v}T00:00:00`).getTime();
    return end ? t + 86_400_000 : t;
  };
  return {
    track: ($("f-track") as HTMLSelectElement).value || null,
    unit: ($("f-unit") as HTMLSelectElement).value || null,
    from_ms: day("f-from"),
    to_ms: day("f-to", true),
    include_inactive: ($("f-inactive") as HTMLInputElement).checked,
  };
}

function fillSelect(id: string, options: [string, string][], anyLabel: string) {
  const sel = $(id) as HTMLSelectElement;
  const keep = sel.value;
  const opts = [new Option(anyLabel, ""), ...options.map(([v, t]) => new Option(t, v))];
  sel.replaceChildren(...opts);
  sel.value = options.some(([v]) => v === keep) ? keep : "";
}

/** Shows the class screen; `quiet` redraws in place without moving focus. */
export async function openClass(quiet = false) {
  if (!quiet) showDesk("desk-class");
  void refreshStatus();
  try {
    const g = await call<ClassGrid>("class_grid", { query: query() });
    last = g;
    fillSelect("f-track", g.tracks, "All tracks");
    fillSelect("f-unit", g.all_units, "All units");
    const a = $("f-attempts") as HTMLInputElement, d = $("f-days") as HTMLInputElement;
    if (document.activeElement !== a) a.value = String(g.settings.attempts);
    if (document.activeElement !== d) d.value = String(g.settings.idle_days);
    renderGrid(g);
    renderSupport(g);
  } catch (e) {
    $("grid-result").textContent = errText(e);
  }
}

function renderGrid(g: ClassGrid) {
  const table = document.createElement("table");
  table.className = "grid";
  table.id = "class-grid";
  const cap = document.createElement("caption");
  cap.className = "sr-only";
  cap.textContent = "Each learner's progress on each exercise. Use the arrow keys to move between cells.";
  table.appendChild(cap);
  const thead = document.createElement("thead");
  const unitRow = document.createElement("tr");
  const exRow = document.createElement("tr");
  const corner = document.createElement("th");
  corner.rowSpan = 2;
  corner.scope = "col";
  corner.textContent = "Learner";
  corner.className = "corner";
  unitRow.appendChild(corner);
  const visibleCols: boolean[] = [];
  for (const u of g.units) {
    const key = `${u.track_id}/${u.unit_id}`;
    const shut = collapsed.has(key);
    const th = document.createElement("th");
    th.scope = "colgroup";
    th.colSpan = shut ? 1 : u.exercises.length;
    const b = document.createElement("button");
    b.type = "button";
    b.className = "unit-toggle";
    b.setAttribute("aria-expanded", String(!shut));
    b.textContent = `${shut ? "▸" : "▾"} ${u.unit_title}`;
    b.title = `${u.track_title}: ${u.unit_title}`;
    b.onclick = () => { if (shut) collapsed.delete(key); else collapsed.add(key); renderGrid(g); };
    th.appendChild(b);
    unitRow.appendChild(th);
    if (shut) {
      const h = document.createElement("th");
      h.scope = "col";
      h.textContent = `${u.exercises.length} exercises`;
      exRow.appendChild(h);
    }
    for (const e of u.exercises) {
      visibleCols.push(!shut);
      if (shut) continue;
      const h = document.createElement("th");
      h.scope = "col";
      const b2 = document.createElement("button");
      b2.type = "button";
      b2.className = "ex-head";
      b2.textContent = e.title;
      b2.dataset.id = e.id;
      b2.onclick = () => void openExerciseReport(e.id);
      h.appendChild(b2);
      exRow.appendChild(h);
    }
  }
  thead.append(unitRow, exRow);
  table.appendChild(thead);
  const tbody = document.createElement("tbody");
  g.rows.forEach((r, ri) => {
    const tr = document.createElement("tr");
    tr.dataset.id = r.student_id;
    const th = document.createElement("th");
    th.scope = "row";
    const b = document.createElement("button");
    b.type = "button";
    b.className = "learner-link";
    b.textContent = r.display_name + (r.active ? "" : " (left)") + (r.flags.length ? " ⚑" : "");
    b.setAttribute("aria-label", `${r.display_name}${r.active ? "" : ", left the facility"}${r.flags.length ? `, ${r.flags.length} support flag(s)` : ""}: open their work`);
    b.onclick = () => void openLearner(r.student_id);
    th.appendChild(b);
    tr.appendChild(th);
    let col = 0;
    let i = 0;
    for (const u of g.units) {
      const shut = collapsed.has(`${u.track_id}/${u.unit_id}`);
      if (shut) {
        const cells = r.cells.slice(i, i + u.exercises.length);
        const done = cells.filter((c) => c.state === "passed" || c.state === "passed_with_help").length;
        const td = document.createElement("td");
        td.textContent = `${done}/${cells.length}`;
        td.setAttribute("aria-label", `${r.display_name}, ${u.unit_title}: ${done} of ${cells.length} passed`);
        td.tabIndex = -1;
        td.dataset.row = String(ri);
        td.dataset.col = String(col++);
        tr.appendChild(td);
        i += u.exercises.length;
        continue;
      }
      for (const _ of u.exercises) {
        const c = r.cells[i++];
        const td = document.createElement("td");
        td.className = `cell ${c.state}${c.disagreement ? " disagree" : ""}`;
        td.textContent = c.label;
        td.title = c.description;
        td.setAttribute("aria-label", c.description);
        td.tabIndex = -1;
        td.dataset.row = String(ri);
        td.dataset.col = String(col++);
        tr.appendChild(td);
      }
    }
    tbody.appendChild(tr);
  });
  table.appendChild(tbody);
  // One cell in the tab order; arrows move from cell to cell.
  const first = table.querySelector<HTMLElement>("td");
  if (first) first.tabIndex = 0;
  table.addEventListener("keydown", (ev) => {
    const td = (ev.target as HTMLElement).closest("td");
    if (!td) return;
    const row = Number(td.dataset.row), col = Number(td.dataset.col);
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -1e9], End: [0, 1e9] };
    const m = moves[ev.key];
    if (!m) {
      if (ev.key === "Enter") void openLearner(g.rows[row].student_id);
      return;
    }
    ev.preventDefault();
    const cells = table.querySelectorAll<HTMLElement>("td");
    const width = cells.length / Math.max(1, g.rows.length);
    const r2 = Math.min(Math.max(row + m[0], 0), g.rows.length - 1);
    const c2 = Math.min(Math.max(col + m[1], 0), width - 1);
    const next = table.querySelector<HTMLElement>(`td[data-row="${r2}"][data-col="${c2}"]`);
    if (next) { td.tabIndex = -1; next.tabIndex = 0; next.focus(); }
  });
  $("grid-wrap").replaceChildren(table);
  $("grid-result").textContent = g.rows.length ? "" : "No learners yet: load a stick from a terminal, or add learners on the Roster screen.";
  void visibleCols;
}

function renderSupport(g: ClassGrid) {
  const items: HTMLLIElement[] = [];
  for (const r of g.rows) {
    if (!r.flags.length) continue;
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "learner-link";
    b.textContent = r.display_name;
    b.onclick = () => void openLearner(r.student_id);
    const ul = document.createElement("ul");
    for (const f of r.flags) {
      const fl = document.createElement("li");
      fl.className = `flag ${f.kind}`;
      fl.textContent = f.reason;
      ul.appendChild(fl);
    }
    li.append(b, ul);
    items.push(li);
  }
  if (!items.length) {
    const li = document.createElement("li");
    li.textContent = "No one is flagged right now.";
    items.push(li);
  }
  $("support-list").replaceChildren(...items);
}

function line(text: string, status?: string) {
  const li = document.createElement("li");
  if (status) li.dataset.status = status;
  li.textContent = text;
  return li;
}

function when(ms: number | null) {
  return ms ? new Date(ms).toLocaleString() : "never";
}

function showSummary(s: ImportSummary) {
  const ul = document.createElement("ul");
  ul.className = "usb-result";
  ul.id = "desk-summary";
  ul.appendChild(line(s.new_attempts ? `${s.new_attempts} new attempt(s) arrived.` : "No new attempts on this stick.", "loaded"));
  for (const c of s.by_learner) ul.appendChild(line(`${c.name}: ${c.count} new attempt(s)`));
  for (const c of s.by_terminal) ul.appendChild(line(`terminal ${c.name}: ${c.count} new attempt(s)`));
  for (const t of s.terminals) {
    const gaps = t.missing.length ? `; still missing: ${t.missing.join(", ")} (a stick not loaded yet)` : "";
    ul.appendChild(line(`terminal ${t.device_id}: last active ${when(t.last_activity)}, last loaded ${when(t.last_loaded)}${gaps}`, t.missing.length ? "missing" : undefined));
  }
  for (const r of s.refused) ul.appendChild(line(`Refused ${r.file}: ${r.message}`, "refused"));
  $("desk-usb-result").replaceChildren(ul);
}

async function busy<T>(button: string, task: () => Promise<T>): Promise<T | undefined> {
  const b = $(button);
  b.setAttribute("disabled", "");
  const bar = $<HTMLProgressElement>("desk-progress");
  bar.hidden = false;
  bar.removeAttribute("value");
  try {
    return await task();
  } catch (e) {
    $("desk-usb-result").replaceChildren(line(`Nothing was done: ${errText(e)}`, "refused"));
    return undefined;
  } finally {
    bar.hidden = true;
    b.removeAttribute("disabled");
  }
}

export function setUpClass() {
  $("desk-load").onclick = async () => {
    const s = await busy("desk-load", () => call<ImportSummary>("desk_load_usb"));
    if (s) { showSummary(s); await openClass(true); }
  };
  $("desk-prepare").onclick = async () => {
    const r = await busy("desk-prepare", () => call<PrepareReport>("prepare_usb"));
    if (!r) return;
    const ul = document.createElement("ul");
    ul.className = "usb-result";
    ul.id = "desk-prepared";
    ul.appendChild(line(`The stick is ready: ${r.learners} learner(s) on the roster, ${r.notes} note(s) (${r.new_notes} new), ${r.packs} lesson pack(s). Take it to the terminals.`, "loaded"));
    for (const f of r.files) ul.appendChild(line(f));
    $("desk-usb-result").replaceChildren(ul);
    void refreshStatus();
  };
  $("grid-filters").onsubmit = async (ev) => {
    ev.preventDefault();
    const settings: SupportSettings = { attempts: Number(($("f-attempts") as HTMLInputElement).value), idle_days: Number(($("f-days") as HTMLInputElement).value) };
    if (last && (settings.attempts !== last.settings.attempts || settings.idle_days !== last.settings.idle_days)) {
      try { await call("set_support_settings", { settings }); } catch (e) { $("grid-result").textContent = errText(e); return; }
    }
    await openClass(true);
  };
  $("grid-csv").onclick = async () => {
    try {
      const r = await call<CsvExport>("export_grid_csv", { query: query() });
      $("grid-result").textContent = `Saved the grid as ${r.path}.`;
      $("grid-result").dataset.path = r.path;
    } catch (e) {
      $("grid-result").textContent = `Not exported: ${errText(e)}`;
    }
  };
  $("grid-print").onclick = () => window.print();
}
