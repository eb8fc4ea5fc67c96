// Code, editable and read-only: the CodeMirror editor used by the exercise
// view and the practice pad, the token colours, the lesson's code blocks and
// highlightInto for code shown but not edited (learners' code on an
// instructor screen). Every piece of code goes in as text; the only markup
// added is spans carrying the highlighter's classes. What the editors' text
// means (saving, running) is left to the screens.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import { setDiagnostics, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { highlightCode, tags as t } from "@lezer/highlight";
import type { Parser } from "@lezer/common";
import { parser as jsParser } from "@lezer/javascript";
import { parser as rustParser } from "@lezer/rust";
import { parser as htmlParser } from "@lezer/html";
import { parser as cssParser } from "@lezer/css";
import { javascript } from "@codemirror/lang-javascript";
import { rust } from "@codemirror/lang-rust";
import { html } from "@codemirror/lang-html";
import { css } from "@codemirror/lang-css";
import { sql, SQLite } from "@codemirror/lang-sql";
import type { Diagnostic, SqlSchema } from "../bindings";

const sqlParser = SQLite.language.parser;

/** The editor's language for a file; SQL completes the exercise's table
 * and column names when a schema is given. */
export function languageExtension(name: string, schema?: SqlSchema | null): Extension {
  if (name.endsWith(".sql")) {
    const tables: Record<string, string[]> = {};
    for (const t of schema?.tables ?? []) tables[t.name] = t.columns.map((c) => c.name);
    return sql({ dialect: SQLite, schema: tables, upperCaseKeywords: true });
  }
  if (name.endsWith(".rs")) return rust();
  if (name.endsWith(".html")) return html();
  if (name.endsWith(".css")) return css();
  return javascript();
}

// Token colours from CSS variables, so both themes meet WCAG AA contrast
// (CodeMirror's defaults do not, on the active-line background).
export const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.modifier], color: "var(--tok-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp], color: "var(--tok-string)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "var(--tok-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--tok-comment)", fontStyle: "italic" },
  { tag: [t.definition(t.variableName), t.function(t.variableName), t.definition(t.propertyName)], color: "var(--tok-def)" },
  { tag: [t.typeName, t.className, t.tagName, t.macroName], color: "var(--tok-type)" },
  { tag: [t.attributeName, t.propertyName], color: "var(--tok-attr)" },
  { tag: [t.invalid], color: "var(--bad)" },
]);

/** Replaces el's content with text, split into highlighted spans. */
function paint(el: HTMLElement, text: string, parser: Parser) {
  el.textContent = "";
  highlightCode(text, parser.parse(text), highlight, (piece, classes) => {
    const node = classes ? Object.assign(document.createElement("span"), { className: classes }) : document.createTextNode(piece);
    if (classes) node.textContent = piece;
    el.appendChild(node);
  }, () => el.appendChild(document.createTextNode("\n")));
}

// Code blocks in lessons get the same colours as the editor: the lesson
// HTML is already sanitised; this only wraps its text in spans.
const LESSON_PARSERS: Record<string, Parser> = {
  "language-js": jsParser, "language-javascript": jsParser, "language-rust": rustParser,
  "language-html": htmlParser, "language-css": cssParser, "language-sql": sqlParser,
};
export function highlightLesson(root: HTMLElement): void {
  for (const code of root.querySelectorAll<HTMLElement>("pre code")) {
    const parser = [...code.classList].map((c) => LESSON_PARSERS[c]).find(Boolean);
    if (!parser) continue;
    paint(code, code.textContent ?? "", parser);
  }
}

// The spans' classes only get their colours once the highlight style's CSS
// is in the document. An editor puts it there; a screen that shows code
// without ever making an editor must do it itself. The rules are our own
// constant CSS, not anything a learner wrote.
let highlightMounted = false;
function mountHighlight() {
  if (highlightMounted || !highlight.module) return;
  highlightMounted = true;
  const style = document.createElement("style");
  style.textContent = highlight.module.getRules();
  document.head.appendChild(style);
}

/** Shows a file's code read-only in el, coloured by its extension
 * (.js, .rs, .html, .css, .sql; anything else stays plain text). */
export function highlightInto(el: HTMLElement, text: string, fileName: string): void {
  const parser = fileName.endsWith(".js") ? jsParser
    : fileName.endsWith(".rs") ? rustParser
    : fileName.endsWith(".html") ? htmlParser
    : fileName.endsWith(".css") ? cssParser
    : fileName.endsWith(".sql") ? sqlParser
    : null;
  if (!parser) {
    el.textContent = text;
    return;
  }
  mountHighlight();
  paint(el, text, parser);
}

export function makeEditor(parent: HTMLElement, label: string, onChange: () => void, onRun: () => void) {
  const lang = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        basicSetup,
        syntaxHighlighting(highlight),
        lang.of(javascript()),
        keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }]),
        EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange(); }),
      ],
    }),
  });
  return {
    view,
    set(text: string, fileName: string, schema?: SqlSchema | null) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, effects: lang.reconfigure(languageExtension(fileName, schema)) });
    },
    text: () => view.state.doc.toString(),
  };
}
export type Editor = ReturnType<typeof makeEditor>;

export function showDiagnostics(view: EditorView, diags: Diagnostic[]): void {
  const doc = view.state.doc;
  const out: CmDiagnostic[] = [];
  for (const d of diags) {
    if (d.line < 1 || d.line > doc.lines) continue;
    const from = Math.min(doc.line(d.line).from + Math.max(0, d.column - 1), doc.line(d.line).to);
    const endLine = Math.min(Math.max(d.end_line, d.line), doc.lines);
    const to = Math.max(from, Math.min(doc.line(endLine).from + Math.max(0, d.end_column - 1), doc.line(endLine).to));
    out.push({ from, to, severity: d.severity === "note" ? "info" : d.severity, message: d.message });
  }
  view.dispatch(setDiagnostics(view.state, out));
}
