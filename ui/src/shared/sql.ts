// SQL results and schemas as accessible tables: each result a <table> with
// a caption naming the statement (and its line), column headers, and the
// type of each value for screen readers and on hover; the schema panel
// lists every table of the exercise's database with its columns, keys and
// first rows. Every value goes in as text, never HTML: learners' strings
// (and a hostile pack's data) may contain markup. Used by the exercise view
// and the practice pad; what Run or Check mean is left to them.
import type { SqlCell, SqlResult, SqlSchema } from "../bindings";

/** Rows drawn per result; the rest are counted under the table. */
const DRAWN_ROWS = 200;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function cell(c: SqlCell): HTMLTableCellElement {
  const td = el("td", c.text, `sql-${c.kind}`);
  td.title = c.kind.toUpperCase();
  if (c.kind === "null") td.setAttribute("aria-label", "NULL (no value)");
  return td;
}

/** One result as a table (or, for a statement with no rows, a line). */
export function resultTable(r: SqlResult, caption: string): HTMLElement {
  if (r.columns.length === 0) {
    const n = r.changes ?? 0;
    return el("p", `${caption}: ${n > 0 ? `${n} row${n === 1 ? "" : "s"} changed` : "done"}`, "sql-done");
  }
  const wrap = el("div", undefined, "sql-table");
  wrap.tabIndex = 0;
  const table = el("table");
  table.appendChild(el("caption", caption));
  const head = el("tr");
  for (const c of r.columns) {
    const th = el("th", c);
    th.scope = "col";
    head.appendChild(th);
  }
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  for (const row of r.rows.slice(0, DRAWN_ROWS)) {
    const tr = el("tr");
    for (const c of row) tr.appendChild(cell(c));
    body.appendChild(tr);
  }
  table.appendChild(body);
  wrap.appendChild(table);
  const total = r.rows.length + r.more_rows;
  const drawn = Math.min(r.rows.length, DRAWN_ROWS);
  wrap.appendChild(el("p", `${total} row${total === 1 ? "" : "s"}${drawn < total ? `, the first ${drawn} shown` : ""}`, "muted"));
  return wrap;
}

/** Every statement's result, in order, into `into`. */
export function showResults(into: HTMLElement, results: SqlResult[]): void {
  into.textContent = "";
  for (const r of results) into.appendChild(resultTable(r, `Line ${r.line}: ${r.label}`));
  into.hidden = results.length === 0;
}

/** The schema panel: each table, its columns (with their keys and types)
 * and a few of its rows. */
export function showSchema(into: HTMLElement, schema: SqlSchema | null): void {
  into.textContent = "";
  into.hidden = !schema || schema.tables.length === 0;
  if (!schema) return;
  into.appendChild(el("h3", "The database", "schema-title"));
  if (schema.tables.length === 0) return;
  for (const t of schema.tables) {
    const box = el("details", undefined, "schema-table");
    // Open when there are few tables; a long schema starts folded, so the
    // lesson stays in view.
    box.open = schema.tables.length <= 2;
    box.appendChild(el("summary", `${t.name} (${t.row_count} row${t.row_count === 1 ? "" : "s"})`));
    const cols = el("ul", undefined, "schema-columns");
    for (const c of t.columns) {
      const li = el("li");
      li.appendChild(el("code", c.name));
      const notes = [c.declared_type || "any type", c.primary_key ? "primary key" : "", c.not_null ? "NOT NULL" : "", c.references ? `points to ${c.references}` : ""].filter(Boolean);
      li.appendChild(document.createTextNode(` ${notes.join(", ")}`));
      cols.appendChild(li);
    }
    box.appendChild(cols);
    box.appendChild(resultTable(t.sample, `First rows of ${t.name}`));
    into.appendChild(box);
  }
}
