// The instructor's workstation, end to end in the real window: two
// terminals made by the CLI write sticks; the instructor app (a machine
// provisioned `--role instructor`) signs in, loads them, shows the grid and
// a "needs support" flag with its reason, a learner's attempts and diff,
// takes a note, a PIN reset, exports the grid as CSV and prepares a stick;
// then a terminal's app loads that stick, the learner signs in with the new
// PIN and sees the note, and the terminal's window cannot call an
// instructor command at all.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { By, Key, until } from "selenium-webdriver";
import { keyIdOf, launch, screenshot, seriousA11yViolations } from "./harness.mjs";

const curriculum = fileURLToPath(new URL("../fixtures/curriculum/good", import.meta.url));
const cli = () => join(dirname(process.env.STEPSTONE_APP), "stepstone");
const sh = (data, args, input) =>
  execFileSync(cli(), args, { env: { ...process.env, STEPSTONE_DATA_DIR: data, STEPSTONE_CURRICULUM: curriculum }, encoding: "utf8", input });
const tmp = (name) => mkdtempSync(join(tmpdir(), `stepstone-${name}-`));

// The facility as IT sets it up: the instructor machine first, then two
// terminals that trust it, which the instructor enrolls in turn.
const usb = tmp("usb");
const policy = { usb_folder: usb, usb_must_be_mounted: false };
const teacher = tmp("desk");
writeFileSync(join(teacher, "policy.json"), JSON.stringify(policy));
sh(teacher, ["provision", "--role", "instructor", "--facility", "e2e"]);
const teacherFile = join(teacher, "instructor.json");
sh(teacher, ["enrollment", "--out", teacherFile]);
const terminals = [tmp("t1"), tmp("t2")];
for (const t of terminals) {
  writeFileSync(join(t, "policy.json"), JSON.stringify(policy));
  sh(t, ["provision", "--role", "terminal", "--facility", "e2e", "--trust", teacherFile, "--expect-key-id", keyIdOf(teacherFile)]);
  const file = join(t, "enrollment.json");
  sh(t, ["enrollment", "--out", file]);
  sh(teacher, ["enroll", file, "--expect-key-id", keyIdOf(file)]);
}
const main = (dir, text) => { const f = join(dir, "main.js"); writeFileSync(f, text); return f; };
// Terminal 1: Ana passes; Ben fails three times. Terminal 2: Cy fails once.
const [t1, t2] = terminals;
const learn = (t, name, pin, answers) => {
  const id = sh(t, ["student", "add", name], `${pin}\n`).trim();
  for (const a of answers) sh(t, ["grade", "fx.js-add", "--file", main(t, a), "--student", id], `${pin}\n`);
};
learn(t1, "Ana", "123456", ["function add(a, b) { return a + b; }"]);
learn(t1, "Ben", "654321", ["function add(a, b) { return a - b; }", "function add(a, b) { return a * b; }", "function add(a, b) {\n  return a * b + 0;\n}"]);
learn(t2, "Cy", "111111", ["function add(a, b) { return 0; }"]);
for (const [i, t] of terminals.entries()) sh(t, ["bundle", "export", "--out", join(usb, `terminal-${i + 1}.zip`)]);

let app;
after(async () => { await app?.close(); });
const $ = (css) => app.driver.findElement(By.css(css));
const visible = (css, ms = 20000) => app.driver.wait(until.elementIsVisible(app.driver.findElement(By.css(css))), ms);
async function waitText(css, re, ms = 60000) {
  let last = "";
  try {
    await app.driver.wait(async () => re.test((last = await $(css).getText())), ms);
  } catch (e) {
    throw new Error(`${css} never matched ${re}; it said ${JSON.stringify(last)}`);
  }
}
/** Presses a button from the keyboard, as a keyboard user would (in the
 *  grid and the timeline, WebKitWebDriver refuses some pointer clicks as
 *  covered by a neighbour). */
async function click(el) {
  await app.driver.executeScript("arguments[0].focus()", el);
  await el.sendKeys(Key.ENTER);
}
async function a11y(name) {
  assert.deepEqual(await seriousA11yViolations(app.driver), [], `${name}: accessibility`);
}

test("the instructor's whole loop, then a terminal loads the stick", async () => {
  app = await launch({ dataDir: teacher, curriculum });
  // 1. Sign in: the first account is made here, then used.
  await visible("#screen-desk-signin");
  await a11y("instructor sign-in");
  await $("#desk-account-name").sendKeys("Ms Rivera");
  await $("#desk-account-pass").sendKeys("short");
  await $("#desk-account-pass").sendKeys(Key.ENTER);
  // The browser's own minlength check or the core's message: not created.
  assert.equal((await app.driver.findElements(By.css("#desk-accounts button"))).length, 0);
  await $("#desk-account-pass").clear();
  await $("#desk-account-pass").sendKeys("correct horse battery", Key.ENTER);
  const account = await app.driver.wait(until.elementLocated(By.xpath("//ul[@id='desk-accounts']//button[text()='Ms Rivera']")), 20000);
  await account.click();
  await visible("#desk-passphrase");
  await $("#desk-passphrase").sendKeys("wrong passphrase", Key.ENTER);
  await waitText("#desk-signin-error", /not right/);
  await $("#desk-passphrase").clear();
  await $("#desk-passphrase").sendKeys("correct horse battery", Key.ENTER);
  await visible("#screen-desk-class");
  await screenshot(app.driver, "20-desk-signed-in");

  // 2. Load the sticks: a summary by learner and terminal.
  await $("#desk-load").click();
  await waitText("#desk-usb-result", /5 new attempt\(s\) arrived/);
  const summary = await $("#desk-usb-result").getText();
  assert.match(summary, /Ben: 3 new attempt/);
  assert.match(summary, /Ana: 1 new attempt/);
  assert.match(summary, /last loaded/);
  // The re-grade runs in the background; the grid then shows passes.
  await app.driver.wait(async () => (await $("#desk-regrade").getText()) === "" && (await app.driver.findElements(By.css("td.cell.passed"))).length > 0, 120000, "re-grading never finished");

  // 3. The grid, and a flag with its reason once the threshold is 3.
  await $("#f-attempts").clear();
  await $("#f-attempts").sendKeys("3");
  await $("#grid-apply").click();
  await waitText("#support-list", /3 attempts at "Add two numbers" without a pass/);
  const firstRow = await $("#class-grid tbody tr th").getText();
  assert.match(firstRow, /^Ben/, "the learner who needs support comes first");
  const benCell = await $("#class-grid tbody tr td.cell.attempted");
  assert.match(await benCell.getAttribute("aria-label"), /Ben, Add two numbers: not passed yet \(3 attempts\)/);
  // Keyboard: arrows move from cell to cell.
  // (The tab stop stays with its learner when rows re-sort.)
  const firstCell = await $("#class-grid td[tabindex='0']");
  const from = await app.driver.executeScript("return arguments[0].parentElement.sectionRowIndex", firstCell);
  await firstCell.sendKeys(from === 0 ? Key.ARROW_DOWN : Key.ARROW_UP);
  assert.equal(await app.driver.executeScript("return document.activeElement.parentElement.sectionRowIndex"), from === 0 ? 1 : from - 1);
  await screenshot(app.driver, "21-desk-grid");
  await a11y("class grid");

  // The charts, each with its numbers in a table.
  await $("#nav-charts").click();
  await visible("#screen-desk-charts");
  await app.driver.wait(async () => (await app.driver.findElements(By.css("#chart-ex canvas"))).length > 0, 20000);
  assert.equal((await app.driver.findElements(By.css("#screen-desk-charts canvas"))).length, 3);
  await $("#chart-pace-table").findElement(By.xpath("./ancestor::details/summary")).click();
  assert.match(await $("#chart-pace-table").getText(), /Course pace[\s\S]*Ben/);
  await screenshot(app.driver, "26-desk-charts");
  await a11y("charts");
  await $("#nav-class").click();
  await visible("#screen-desk-class");

  // 9. The CSV equals the grid on screen.
  await $("#grid-csv").click();
  await waitText("#grid-result", /Saved the grid as/);
  const csvPath = await $("#grid-result").getAttribute("data-path");
  const csv = readFileSync(csvPath, "utf8").trim().split("\r\n").map((l) => l.split(","));
  const screen = await app.driver.executeScript(`
    const t = document.getElementById("class-grid");
    const heads = [...t.querySelectorAll("thead tr:nth-child(2) th")].map((th) => th.textContent.trim());
    const rows = [...t.querySelectorAll("tbody tr")].map((tr) => [tr.querySelector("th").textContent.replace(/ ⚑$/, "").replace(/ \\(left\\)$/, ""), ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]);
    return { heads, rows };`);
  assert.deepEqual(csv[0].slice(1, -1), screen.heads);
  assert.deepEqual(csv.slice(1).map((r) => r.slice(0, -1)), screen.rows);

  // 4. A learner's attempts and the diff between two of them.
  await click(await app.driver.findElement(By.xpath("//table[@id='class-grid']//button[starts-with(text(),'Ben')]")));
  await visible("#screen-desk-learner");
  const attempts = await app.driver.findElements(By.css("#learner-timeline li.attempt"));
  assert.equal(attempts.length, 3);
  const newest = attempts[0];
  await click(await newest.findElement(By.css("details summary")));
  const diff = await newest.findElement(By.css("pre.diff")).getText();
  assert.match(diff, /- function add\(a, b\) \{ return a \* b; \}/);
  assert.match(diff, /\+   return a \* b \+ 0;/);
  await screenshot(app.driver, "22-desk-learner");
  await a11y("learner view");

  // 5. A note on line 2 of the newest attempt.
  await newest.findElement(By.css("textarea")).sendKeys("Which operator adds two numbers?");
  await newest.findElement(By.css("input.line-no")).sendKeys("2");
  await click(await newest.findElement(By.css("button[type='submit']")));
  await app.driver.wait(async () => /Saved/.test(await newest.findElement(By.css(".note-form p")).getText()), 20000);
  await waitText("#desk-queued", /1 note\(s\) waiting/);

  // 8 (first half). A new PIN for Ben.
  await $("#nav-roster").click();
  await visible("#screen-desk-roster");
  const benRow = await app.driver.findElement(By.xpath("//tbody[@id='roster-rows']/tr[th='Ben']"));
  await benRow.findElement(By.css("input")).sendKeys("999999", Key.ENTER);
  await waitText("#roster-result", /New PIN for Ben saved/);
  await app.driver.wait(async () => /waiting for the next stick/.test(await app.driver.findElement(By.xpath("//tbody[@id='roster-rows']/tr[th='Ben']")).getText()), 20000);
  await screenshot(app.driver, "23-desk-roster");
  await a11y("roster");

  // A colleague's account, added by the instructor signed in.
  await $("#accounts-card summary").click();
  await $("#accounts-name").sendKeys("Mr Okafor");
  await $("#accounts-pass").sendKeys("another long passphrase", Key.ENTER);
  await waitText("#accounts-result", /Account for Mr Okafor added/);
  await waitText("#accounts-list", /Mr Okafor/);
  await a11y("roster with the accounts card open");

  // The class settings for the terminals: a longer idle sign-out.
  await $("#nav-class").click();
  await visible("#screen-desk-class");
  await $("#class-settings summary").click();
  await app.driver.wait(async () => (await app.driver.findElements(By.css("#policy-units input"))).length > 0, 20000);
  await $("#policy-idle").clear();
  await $("#policy-idle").sendKeys("30", Key.ENTER);
  await waitText("#policy-result", /Saved/);
  await a11y("class settings");

  // New lessons from the stick, checked and released.
  const lessons = join(usb, "stepstone-lessons", "extra");
  const src = join(curriculum, "fx", "js-add");
  for (const d of ["add/starter", "add/solution"]) mkdirSync(join(lessons, d), { recursive: true });
  for (const f of ["lesson.md", "tests.js", "starter/main.js", "solution/main.js"]) writeFileSync(join(lessons, "add", f), readFileSync(join(src, f)));
  writeFileSync(join(lessons, "add", "exercise.toml"), readFileSync(join(src, "exercise.toml"), "utf8").replace('id = "fx.js-add"', 'id = "extra.add"'));
  writeFileSync(join(lessons, "track.toml"), 'format_version = 1\nid = "extra"\ntitle = "Extra practice"\nsummary = "More."\n\n[[units]]\nid = "extra.u"\ntitle = "More adding"\nexercises = ["add"]\n');
  await click(await $("#lessons-card summary"));
  await click(await $("#lessons-find"));
  const release = await app.driver.wait(until.elementLocated(By.xpath("//ul[@id='lessons-list']//button[text()='Release \"Extra practice\"']")), 20000);
  await click(release);
  await waitText("#lessons-result", /Released "Extra practice"/);
  await a11y("lessons card");

  // 6. Prepare a USB for the terminals.
  await click(await $("#desk-prepare"));
  await waitText("#desk-usb-result", /The stick is ready: 3 learner\(s\) on the roster, 1 note\(s\) \(1 new\), 1 lesson pack\(s\), the class settings/);
  await waitText("#desk-queued", /^$/);

  // The exercise view and the audit log record what happened.
  await click(await $("#class-grid button.ex-head[data-id='fx.js-add']"));
  await visible("#screen-desk-exercise");
  await waitText("#exreport-stats", /1 of 3 learner\(s\) who tried have passed/);
  await a11y("exercise view");
  await $("#nav-audit").click();
  await visible("#screen-desk-audit");
  const log = await $("#audit-rows").getText();
  for (const want of ["prepare_usb", "pin_reset", "note", "import", "export", "sign_in_refused", "account_add", "settings", "pack_release"]) assert.match(log, new RegExp(want));
  await screenshot(app.driver, "24-desk-audit");
  await a11y("audit log");
  // Dates filter it: nothing from tomorrow on, everything up to today.
  // (Submitted by script: a key press on the button is sometimes lost.)
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  const today = new Date();
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  await app.driver.executeScript("document.getElementById('audit-from').value = arguments[0]", iso(tomorrow));
  await app.driver.executeScript("document.getElementById('audit-filters').requestSubmit()");
  await app.driver.wait(async () => (await app.driver.findElements(By.css("#audit-rows tr"))).length === 0, 20000);
  await app.driver.executeScript("document.getElementById('audit-from').value = arguments[0]", iso(today));
  await app.driver.executeScript("document.getElementById('audit-filters').requestSubmit()");
  await waitText("#audit-rows", /prepare_usb/);
  await app.driver.executeScript("document.getElementById('audit-from').value = ''; document.getElementById('audit-to').value = arguments[0]", iso(today));
  await app.driver.executeScript("document.getElementById('audit-filters').requestSubmit()");
  await waitText("#audit-rows", /prepare_usb/);
  await app.close();
  app = null;

  // 7 and 8. Terminal 1's app loads the stick: Ben signs in with the new
  // PIN, and sees the note beside the exercise.
  app = await launch({ dataDir: t1, curriculum });
  await visible("#screen-profiles");
  // The terminal's window may not call instructor commands at all.
  const refusal = await app.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke("class_grid", { query: {} }).then(() => done("allowed"), (e) => done(String(e)));`);
  assert.match(refusal, /not allowed|denied/i, refusal);
  // The stick is already in: the terminal's USB watch loads it by itself.
  await app.driver.wait(async () => /new note\(s\) from your instructor/.test(await $("#usb-news-list").getText()), 30000);
  await $("#usb-news-ok").click();
  const ben = await app.driver.wait(until.elementLocated(By.xpath("//button[@class='profile' and text()='Ben']")), 20000);
  await ben.click();
  await $("#pin").sendKeys("654321", Key.ENTER);
  await waitText("#pin-error", /not right/);
  await $("#pin").clear();
  await $("#pin").sendKeys("999999", Key.ENTER);
  await visible("#screen-course");
  await $("button.exercise-link[data-id='fx.js-add']").click();
  await visible("#screen-exercise");
  await waitText("#feedback-list", /Which operator adds two numbers\?/);
  await screenshot(app.driver, "25-terminal-sees-the-note");
  assert.ok(readdirSync(usb).some((f) => f.endsWith("-roster.zip")));
  await app.close();
  app = null;
});

test("a course of 120 exercises: the grid fills in units as they come into view, and the keys reach every one", async () => {
  // The same instructor machine, teaching a bigger course: 12 units of 10.
  const course = tmp("course");
  const units = [];
  for (let u = 0; u < 12; u++) {
    const dirs = [];
    for (let x = 0; x < 10; x++) {
      const dir = join(course, "big", `u${u}-e${x}`);
      dirs.push(`"u${u}-e${x}"`);
      mkdirSync(join(dir, "starter"), { recursive: true });
      mkdirSync(join(dir, "solution"), { recursive: true });
      writeFileSync(join(dir, "exercise.toml"), `format_version = 1\nid = "big.u${u}.e${x}"\ntitle = "Exercise ${u + 1}.${x + 1}"\nlanguage = "js"\nfiles = ["main.js"]\ntests = "tests.js"\nhints = ["Return it.", "return 1;"]\n`);
      writeFileSync(join(dir, "lesson.md"), "# Lesson\n\nReturn one.\n");
      writeFileSync(join(dir, "starter", "main.js"), "function one() {\n  // Your code here\n}\n");
      writeFileSync(join(dir, "solution", "main.js"), "function one() {\n  return 1;\n}\n");
      writeFileSync(join(dir, "tests.js"), "test(\"one() gives 1\", () => {\n  expect(one()).toBe(1);\n});\n");
    }
    units.push(`[[units]]\nid = "big.u${u}"\ntitle = "Unit ${u + 1}"\nexercises = [${dirs.join(", ")}]\n`);
  }
  writeFileSync(join(course, "big", "track.toml"), `format_version = 1\nid = "big"\ntitle = "Big course"\nsummary = "Many exercises."\n\n${units.join("\n")}`);
  app = await launch({ dataDir: teacher, curriculum: course });
  const account = await app.driver.wait(until.elementLocated(By.xpath("//ul[@id='desk-accounts']//button[text()='Ms Rivera']")), 20000);
  await account.click();
  await $("#desk-passphrase").sendKeys("correct horse battery", Key.ENTER);
  await app.driver.wait(until.elementLocated(By.css("#class-grid tbody tr")), 30000);
  // Only the big course (the lessons released above are a track too).
  await app.driver.wait(until.elementLocated(By.css("#f-track option[value='big']")), 20000);
  await app.driver.executeScript("const s = document.getElementById('f-track'); s.value = 'big';");
  await app.driver.executeScript("delete document.getElementById('grid-wrap').dataset.ms");
  await click(await $("#grid-apply"));
  await app.driver.wait(async () => (await $("#grid-wrap").getAttribute("data-ms")) !== null, 30000);
  const learners = (await app.driver.findElements(By.css("#class-grid tbody tr"))).length;
  const drawn = (await app.driver.findElements(By.css("#class-grid td.cell"))).length;
  assert.ok(drawn < learners * 120, `only the units in view have cells (${drawn} of ${learners * 120})`);
  assert.ok((await app.driver.findElements(By.css("#class-grid td.off"))).length > 0);
  const first = await $("#class-grid td[tabindex='0']");
  await app.driver.executeScript("arguments[0].focus()", first);
  const active = () => app.driver.executeScript("return document.activeElement.getAttribute('aria-label')");
  await app.driver.switchTo().activeElement().sendKeys(Key.END);
  assert.match(await active(), /, Exercise 12\.10: not started$/);
  await app.driver.switchTo().activeElement().sendKeys(Key.ARROW_LEFT);
  assert.match(await active(), /, Exercise 12\.9: /);
  await app.driver.switchTo().activeElement().sendKeys(Key.HOME);
  assert.match(await active(), /, Exercise 1\.1: /);
  // Printing draws every cell.
  await app.driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
  assert.equal((await app.driver.findElements(By.css("#class-grid td.cell"))).length, learners * 120);
  await a11y("a big class grid");
});
