// The class grid as a table: one row per learner, one column per exercise,
// grouped under unit headers that fold a unit into a count. Headers and the
// learner column are sticky; the arrow keys move from cell to cell (one
// cell is in the tab order), Enter opens the learner; every cell has a
// screen-reader label saying the whole story.
//
// A course of 300 exercises is 9,000 cells for 30 learners, and laying all
// of them out takes WebKit most of a second. So only the units in view
// (and a screen's width either side) get their cells; the others are one
// wide placeholder cell per row, of the same width (the layout is fixed,
// so scrolling never jumps). Scrolling, or moving with the keys, fills in
// the units that come into view. Printing fills in every unit first.
import type { CellState, ClassGrid, GridRow } from "../bindings";

/** A cell as it arrives: [state, attempts, disagreement, label]. */
type Cell = GridRow["cells"][number];

const tries = (n: number) => (n === 1 ? "1 attempt" : `${n} attempts`);
const STATE_WORDS: Record<CellState, (n: number) => string> = {
  not_started: () => "not started",
  attempted: (n) => `not passed yet (${tries(n)})`,
  waiting: (n) => `passed on the terminal, not re-graded here yet (${tries(n)})`,
  passed: (n) => `passed (${tries(n)})`,
  passed_with_help: (n) => `passed after a hint or the solution (${tries(n)})`,
};

/** A cell in words, for screen readers and the tooltip. */
function describe([state, attempts, disagreement]: Cell): string {
  const warn = disagreement ? "; a pass the terminal claimed did not hold when re-graded here" : "";
  return STATE_WORDS[state](attempts) + warn;
}

/** Column widths in rem; style.css gives the same to `col.learner-col` and `col.ex-col`. */
const LEARNER_REM = 13;
const EX_REM = 5.5;

export interface GridActions {
  openLearner(studentId: string): void;
  openExercise(exerciseId: string): void;
}

export class GridView {
  private g: ClassGrid | null = null;
  private readonly collapsed = new Set<string>();
  private table: HTMLTableElement | null = null;
  /** Units whose cells are in the table, as [first, last] unit indexes
   *  ([-1, -1] before the first fill). */
  private range: [number, number] = [-1, -1];
  /** The grid's one tab stop: a learner and an exercise column. It
   *  survives redraws (a stick loading, a re-grade finishing). */
  private stop = { student: "", col: 0 };
  /** Where each unit's first column starts, in px from the table's left. */
  private unitLeft: number[] = [];
  private unitWidth: number[] = [];
  private all = false;
  private frame = 0;
  /** One rem in px, as the text size is now. */
  private rem = 16;

  constructor(private readonly wrap: HTMLElement, private readonly actions: GridActions) {
    wrap.addEventListener("scroll", () => {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => { this.frame = 0; this.fill(); });
    }, { passive: true });
    window.addEventListener("beforeprint", () => { this.all = true; this.fill(); });
    window.addEventListener("afterprint", () => { this.all = false; this.fill(); });
  }

  private key(i: number): string {
    const u = this.g!.units[i];
    return `${u.track_id}/${u.unit_id}`;
  }

  private shut(i: number): boolean {
    return this.collapsed.has(this.key(i));
  }

  /** Draws the grid anew (new data, or a unit folded). */
  show(g: ClassGrid): void {
    this.g = g;
    const rem = (this.rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    let x = LEARNER_REM * rem;
    this.unitLeft = [];
    this.unitWidth = [];
    g.units.forEach((u, i) => {
      const w = (this.shut(i) ? 1 : u.exercises.length) * EX_REM * rem;
      this.unitLeft.push(x);
      this.unitWidth.push(w);
      x += w;
    });
    const table = document.createElement("table");
    table.className = "grid";
    table.id = "class-grid";
    const cap = document.createElement("caption");
    cap.className = "sr-only";
    cap.textContent = "Each learner's progress on each exercise. Use the arrow keys to move between cells.";
    const cols = document.createElement("colgroup");
    cols.appendChild(Object.assign(document.createElement("col"), { className: "learner-col" }));
    g.units.forEach((u, i) => {
      for (let k = 0; k < (this.shut(i) ? 1 : u.exercises.length); k++) cols.appendChild(Object.assign(document.createElement("col"), { className: "ex-col" }));
    });
    const thead = document.createElement("thead");
    const unitRow = document.createElement("tr");
    const corner = document.createElement("th");
    corner.rowSpan = 2;
    corner.scope = "col";
    corner.textContent = "Learner";
    corner.className = "corner";
    unitRow.appendChild(corner);
    g.units.forEach((u, i) => {
      const shut = this.shut(i);
      const th = document.createElement("th");
      th.scope = "colgroup";
      th.colSpan = shut ? 1 : u.exercises.length;
      const b = document.createElement("button");
      b.type = "button";
      b.className = "unit-toggle";
      b.dataset.key = this.key(i);
      b.setAttribute("aria-expanded", String(!shut));
      b.textContent = `${shut ? "▸" : "▾"} ${u.unit_title}`;
      b.title = `${u.track_title}: ${u.unit_title}`;
      b.onclick = () => {
        if (shut) this.collapsed.delete(this.key(i));
        else this.collapsed.add(this.key(i));
        this.show(g);
      };
      th.appendChild(b);
      unitRow.appendChild(th);
    });
    thead.append(unitRow, document.createElement("tr"));
    table.append(cap, cols, thead, document.createElement("tbody"));
    table.addEventListener("keydown", (ev) => this.key_(ev));
    table.addEventListener("mouseover", (ev) => {
      const td = (ev.target as HTMLElement).closest("td");
      if (td && !td.title) td.title = td.getAttribute("aria-label") ?? "";
    });
    // Redrawn under the user's hands (a stick loads, a re-grade ends, a
    // unit folds): focus goes back where it was, not to the page.
    const active = document.activeElement as HTMLElement | null;
    const hadFocus = !!active && this.wrap.contains(active);
    const toggle = active?.classList.contains("unit-toggle") ? active.dataset.key : undefined;
    if (!g.rows.some((r) => r.student_id === this.stop.student)) this.stop = { student: g.rows[0]?.student_id ?? "", col: 0 };
    this.table = table;
    this.range = [-1, -1];
    this.fill();
    this.wrap.replaceChildren(table);
    if (toggle) table.querySelector<HTMLElement>(`.unit-toggle[data-key="${CSS.escape(toggle)}"]`)?.focus();
    else if (hadFocus) this.stopCell()?.focus({ preventScroll: true });
  }

  /** The cell holding the tab stop, if its unit is drawn. */
  private stopCell(): HTMLElement | null {
    const row = this.g?.rows.findIndex((r) => r.student_id === this.stop.student) ?? -1;
    if (!this.table || row < 0) return null;
    const [u, start] = this.unitOf(this.stop.col);
    const col = this.shut(u) ? start : this.stop.col;
    return this.table.tBodies[0].rows[row]?.querySelector<HTMLElement>(`td[data-col="${col}"]`) ?? null;
  }

  /** The units a screen's width either side of the view, or all of them. */
  private wanted(): [number, number] {
    const n = this.g!.units.length;
    if (this.all || n === 0) return [0, n - 1];
    const left = this.wrap.scrollLeft - this.wrap.clientWidth;
    const right = this.wrap.scrollLeft + 2 * Math.max(this.wrap.clientWidth, 800);
    let a = 0;
    while (a < n - 1 && this.unitLeft[a] + this.unitWidth[a] < left) a++;
    let b = a;
    while (b < n - 1 && this.unitLeft[b + 1] < right) b++;
    return [a, b];
  }

  /** Fills in the units that should have cells, if that changed; the
   *  focused cell keeps the focus unless `keepFocus` is false (the caller
   *  is about to move it). */
  private fill(keepFocus = true): void {
    if (!this.g || !this.table) return;
    const want = this.wanted();
    if (want[0] === this.range[0] && want[1] === this.range[1]) return;
    const inCell = document.activeElement instanceof HTMLTableCellElement && this.table.contains(document.activeElement);
    this.range = want;
    const g = this.g;
    const [a, b] = want;
    const exRow = document.createElement("tr");
    const body = document.createElement("tbody");
    g.units.forEach((u, i) => {
      if (this.shut(i)) {
        const h = document.createElement("th");
        h.scope = "col";
        h.textContent = `${u.exercises.length} exercises`;
        exRow.appendChild(h);
      } else if (i < a || i > b) {
        const h = document.createElement("th");
        h.colSpan = u.exercises.length;
        h.setAttribute("aria-hidden", "true");
        exRow.appendChild(h);
      } else {
        for (const e of u.exercises) {
          const h = document.createElement("th");
          h.scope = "col";
          const b2 = document.createElement("button");
          b2.type = "button";
          b2.className = "ex-head";
          b2.textContent = e.title;
          b2.dataset.id = e.id;
          b2.onclick = () => this.actions.openExercise(e.id);
          h.appendChild(b2);
          exRow.appendChild(h);
        }
      }
    });
    const titles = g.units.flatMap((u) => u.exercises.map((e) => e.title));
    for (const r of g.rows) {
      const tr = document.createElement("tr");
      tr.dataset.id = r.student_id;
      const th = document.createElement("th");
      th.scope = "row";
      const btn = document.createElement("button");
      btn.type = "button";
      btn.className = "learner-link";
      btn.textContent = r.display_name + (r.active ? "" : " (left)") + (r.flags.length ? " ⚑" : "");
      btn.setAttribute("aria-label", `${r.display_name}${r.active ? "" : ", left the facility"}${r.flags.length ? `, ${r.flags.length} support flag(s)` : ""}: open their work`);
      btn.onclick = () => this.actions.openLearner(r.student_id);
      th.appendChild(btn);
      tr.appendChild(th);
      let i = 0;
      g.units.forEach((u, ui) => {
        const n = u.exercises.length;
        if (this.shut(ui)) {
          const cells = r.cells.slice(i, i + n);
          const done = cells.filter(([state]) => state === "passed" || state === "passed_with_help").length;
          const td = document.createElement("td");
          td.textContent = `${done}/${n}`;
          td.dataset.col = String(i);
          td.setAttribute("aria-label", `${r.display_name}, ${u.unit_title}: ${done} of ${n} passed`);
          tr.appendChild(td);
        } else if (ui < a || ui > b) {
          const td = document.createElement("td");
          td.colSpan = n;
          td.className = "off";
          td.setAttribute("aria-hidden", "true");
          tr.appendChild(td);
        } else {
          for (let k = i; k < i + n; k++) {
            const c = r.cells[k];
            const [state, , disagreement, label] = c;
            const td = document.createElement("td");
            td.className = `cell ${state}${disagreement ? " disagree" : ""}`;
            td.textContent = label;
            td.dataset.col = String(k);
            td.setAttribute("aria-label", `${r.display_name}, ${titles[k]}: ${describe(c)}`);
            tr.appendChild(td);
          }
        }
        i += n;
      });
      body.appendChild(tr);
    }
    this.table.tHead!.rows[1].replaceWith(exRow);
    this.table.tBodies[0].replaceWith(body);
    // The tab stop stays on its cell while that is drawn; scrolled far
    // from it, the first drawn cell of its row holds it, so Tab always
    // reaches the grid. Scrolling never pulls the view back to it.
    const row = Math.max(0, g.rows.findIndex((r) => r.student_id === this.stop.student));
    const cell = this.stopCell() ?? body.rows[row]?.querySelector<HTMLElement>("td[data-col]") ?? null;
    if (cell) cell.tabIndex = 0;
    if (inCell && keepFocus) (cell ?? this.wrap).focus({ preventScroll: true });
  }

  /** The unit an exercise column is in, and that unit's first column. */
  private unitOf(col: number): [number, number] {
    let start = 0;
    for (let i = 0; i < this.g!.units.length; i++) {
      const n = this.g!.units[i].exercises.length;
      if (col < start + n) return [i, start];
      start += n;
    }
    return [this.g!.units.length - 1, start];
  }

  /** Focuses the cell for exercise column `col` of row `row`, filling in
   *  (and scrolling to) its unit first. */
  private focus(row: number, col: number): void {
    if (!this.table) return;
    const [u] = this.unitOf(col);
    this.stop = { student: this.g?.rows[row]?.student_id ?? "", col };
    let td = this.stopCell();
    if (!td) {
      this.wrap.scrollLeft = Math.max(0, this.unitLeft[u] - LEARNER_REM * this.rem);
      this.fill(false);
      td = this.stopCell();
    }
    if (!td) return;
    for (const t of this.table.querySelectorAll<HTMLElement>("td[tabindex]")) t.removeAttribute("tabindex");
    td.tabIndex = 0;
    td.focus();
  }

  private key_(ev: KeyboardEvent): void {
    const td = (ev.target as HTMLElement).closest("td");
    if (!td || td.dataset.col === undefined || !this.g) return;
    const row = (td.parentElement as HTMLTableRowElement).sectionRowIndex;
    const col = Number(td.dataset.col);
    if (ev.key === "Enter") {
      this.actions.openLearner(this.g.rows[row].student_id);
      return;
    }
    const total = this.g.units.reduce((s, u) => s + u.exercises.length, 0);
    // A folded unit is one column: step over the rest of it.
    const [u, start] = this.unitOf(col);
    const width = this.shut(u) ? this.g.units[u].exercises.length : 1;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col], ArrowDown: [row + 1, col],
      ArrowLeft: [row, (this.shut(u) ? start : col) - 1], ArrowRight: [row, (this.shut(u) ? start : col) + width],
      Home: [row, 0], End: [row, total - 1],
    };
    const m = moves[ev.key];
    if (!m) return;
    ev.preventDefault();
    const r2 = Math.min(Math.max(m[0], 0), this.g.rows.length - 1);
    const c2 = Math.min(Math.max(m[1], 0), total - 1);
    this.focus(r2, c2);
  }
}
