// The class at a glance: Load from USB and Prepare a USB (with a progress
// bar and a plain summary), the grid (drawn by grid-view.ts), the "needs
// support" list with each flag's reason, the filters, CSV and print. Cell
// text comes from the core, which writes the same text to the CSV.
import { GridView } from "./grid-view";
import { loadSettings, setUpSettings } from "./settings";
import { setUpLessons } from "./lessons";
import type { ClassGrid, CsvExport, GridQuery, ImportSummary, PrepareReport, SupportSettings } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { refreshStatus, showDesk } from "./index";
import { openLearner } from "./learner";
import { openExerciseReport } from "./exercise";

let last: ClassGrid | null = null;
let view: GridView | null = null;

/** What the filters above the grid select (the charts use it too). */
export function query(): GridQuery {
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
  const started = performance.now();
  try {
    const g = await call<ClassGrid>("class_grid", { query: query() });
    const fetched = performance.now();
    last = g;
    fillSelect("f-track", g.tracks, "All tracks");
    fillSelect("f-unit", g.all_units, "All units");
    const a = $("f-attempts") as HTMLInputElement, d = $("f-days") as HTMLInputElement;
    if (document.activeElement !== a) a.value = String(g.settings.attempts);
    if (document.activeElement !== d) d.value = String(g.settings.idle_days);
    view?.show(g);
    renderSupport(g);
    // How long the grid took to be on screen, request to the next frame
    // (scripts/bench-desk.sh reads it; nothing else does).
    const built = performance.now();
    requestAnimationFrame(() => {
      const wrap = $("grid-wrap");
      wrap.dataset.msFetch = String(Math.round(fetched - started));
      wrap.dataset.msBuild = String(Math.round(built - fetched));
      wrap.dataset.ms = String(Math.round(performance.now() - started));
    });
  } catch (e) {
    $("grid-result").textContent = errText(e);
  }
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
  setUpSettings();
  setUpLessons();
  // Read when opened: the course's units come with the grid.
  $("class-settings").addEventListener("toggle", () => {
    if (($("class-settings") as HTMLDetailsElement).open && last) void loadSettings(last);
  });
  view = new GridView($("grid-wrap"), { openLearner: (id) => void openLearner(id), openExercise: (id) => void openExerciseReport(id) });
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
    ul.appendChild(line(`The stick is ready: ${r.learners} learner(s) on the roster, ${r.notes} note(s) (${r.new_notes} new), ${r.packs} lesson pack(s)${r.policy ? ", the class settings" : ""}. Take it to the terminals.`, "loaded"));
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
