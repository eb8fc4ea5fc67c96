// SQL in the desktop app, end to end, on the bundled curriculum's SQL track:
// the schema panel, a learner failing then passing an exercise (the
// failing check shows expected and actual tables, the passing one the
// result as a table), Run as the ungraded scratch mode, and an SQL error
// pinned to its line and column. Real window, real IPC, real sandbox.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { By, Key, until } from "selenium-webdriver";
import { launch, screenshot, seriousA11yViolations } from "./harness.mjs";

const curriculum = fileURLToPath(new URL("../../curriculum", import.meta.url));
let app;
before(async () => {
  app = await launch({ curriculum, provision: true, policy: { usb_must_be_mounted: false } });
});
after(async () => {
  await app?.close();
});

const $ = (css) => app.driver.findElement(By.css(css));
const visible = (css) => app.driver.wait(until.elementIsVisible(app.driver.findElement(By.css(css))), 20000);

/** Replaces the editor's text with one line (no Enter: SQL completion
 * would take it). */
async function typeLine(text) {
  const content = await $("#ex-editor .cm-content");
  // Focused by script: a long line makes the content wider than the view,
  // and WebDriver will not click it then.
  await app.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus()", content);
  // Separate calls: WebKitWebDriver keeps a chord's Control held for the
  // rest of one call, and Ctrl+F from "FROM" would open the search panel.
  await content.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await content.sendKeys(text);
  await content.sendKeys(Key.ESCAPE);
  assert.equal(await content.getText(), text);
}

async function check() {
  await app.driver.executeScript("delete document.getElementById('pass-count').dataset.status");
  await $("#ex-check").click();
  await app.driver.wait(async () => (await $("#pass-count").getAttribute("data-status")) !== null, 60000);
  return $("#pass-count").getAttribute("data-status");
}

test("a learner fails then passes an SQL exercise, with the schema panel and result tables", async () => {
  const d = app.driver;
  await visible("#screen-profiles");
  await d.findElement(By.css("details.card summary")).click();
  await $("#new-name").sendKeys("Dee");
  await $("#new-pin").sendKeys("246810", Key.ENTER);
  await visible("#screen-course");
  await $("button.exercise-link[data-id='sql.select.where-compare']").click();
  await visible("#screen-exercise");

  // The schema panel: every table of the library, its columns and rows.
  await visible("#sql-schema");
  const schema = await $("#sql-schema").getText();
  for (const table of ["authors", "books", "loans", "members"]) assert.match(schema, new RegExp(`${table} \\(\\d+ rows\\)`));
  // Four tables start folded; a learner opens one with its summary.
  await d.findElement(By.xpath("//section[@id='sql-schema']//summary[starts-with(text(), 'books')]")).click();
  const books = await $("#sql-schema details[open]").getText();
  assert.match(books, /title TEXT, NOT NULL/);
  assert.match(books, /author_id INTEGER, points to authors\.id/);
  const sampleHeads = await d.findElements(By.css("#sql-schema details[open] .sql-table th"));
  assert.equal(sampleHeads.length, 7, "the sample table has the books table's column headers");
  await screenshot(d, "40-sql-schema");

  // A plausible mistake: < where the task says "or earlier".
  await typeLine("SELECT title, year FROM books WHERE year < 1890;");
  assert.equal(await check(), "fail", await $("#tests").getText());
  const failing = await $("#tests").getText();
  assert.match(failing, /expected rows? (is|are) missing/);
  assert.match(failing, /<- missing from yours/);
  assert.match(failing, /Expected: title/);
  // The learner's own result is drawn as a table too.
  const caption = await $("#sql-results table caption").getText();
  assert.match(caption, /^Line 1: SELECT title, year FROM books/);
  await screenshot(d, "41-sql-failing-check");

  await typeLine("SELECT title, year FROM books WHERE year <= 1890;");
  assert.equal(await check(), "pass", await $("#tests").getText());
  assert.match(await $("#pass-count").getText(), /1 of 1 tests pass/);
  const heads = await d.findElements(By.css("#sql-results table th"));
  assert.deepEqual(await Promise.all(heads.map((h) => h.getText())), ["title", "year"]);
  const rows = await d.findElements(By.css("#sql-results table tbody tr"));
  assert.ok(rows.length > 10, `a table of the learner's rows (${rows.length})`);
  assert.deepEqual(await seriousA11yViolations(d), [], "SQL exercise accessibility");
  await screenshot(d, "42-sql-passing-check");
});

test("Run is an ungraded scratch mode on the exercise's data, and errors point at line and column", async () => {
  const d = app.driver;
  await typeLine("SELECT genre, COUNT(*) AS books FROM books GROUP BY genre ORDER BY genre;");
  await d.executeScript("document.getElementById('ex-console').textContent = ''");
  await $("#ex-run").click();
  await d.wait(async () => (await $("#ex-console").getAttribute("data-status")) === "ok" && /Finished/.test(await $("#ex-console").getText()), 30000);
  const heads = await d.findElements(By.css("#sql-results table th"));
  assert.deepEqual(await Promise.all(heads.map((h) => h.getText())), ["genre", "books"]);
  // A NULL is shown as NULL, and said so to a screen reader.
  const nullCell = await $("#sql-results td.sql-null");
  assert.equal(await nullCell.getText(), "NULL");
  assert.equal(await nullCell.getAttribute("aria-label"), "NULL (no value)");
  // Run grades nothing: the pass from the last test still stands.
  assert.match(await $("#pass-count").getText(), /1 of 1 tests pass/);

  await typeLine("SELECT titel FROM books;");
  await $("#ex-run").click();
  await d.wait(async () => (await $("#ex-console").getAttribute("data-status")) === "compile_error", 30000);
  assert.match(await $("#ex-console").getText(), /Line 1, column 8: no such column: titel/);
  // The editor marks the place.
  await d.wait(until.elementLocated(By.css("#ex-editor .cm-lintRange-error")), 10000);
  await screenshot(d, "43-sql-error");
});
