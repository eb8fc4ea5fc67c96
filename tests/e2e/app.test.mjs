// The desktop app, end to end: a real WebKitGTK window, real IPC into the
// Rust core, the real wasmtime sandbox and a real SQLite store. The app
// teaches the fixture curriculum (tests/fixtures/curriculum/good).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { By, Key, until } from "selenium-webdriver";
import { keyIdOf, launch, screenshot, seriousA11yViolations } from "./harness.mjs";

const curriculum = fileURLToPath(new URL("../fixtures/curriculum/good", import.meta.url));
let app;
/** The bundle the learner test saved; the instructor test reads it. */
let firstSave;
const cli = () => join(dirname(process.env.STEPSTONE_APP), "stepstone");
/** The CLI on one machine's data folder, teaching the same fixture
 *  curriculum as the app (the instructor re-grades against it). */
const sh = (data, ...args) => execFileSync(cli(), args, { env: { ...process.env, STEPSTONE_DATA_DIR: data, STEPSTONE_CURRICULUM: curriculum }, encoding: "utf8" });
/** The instructor's machine: the CLI on its own data folder, provisioned
 *  first, as facility IT would, so terminals can encrypt to it. */
const teacher = mkdtempSync(join(tmpdir(), "stepstone-instructor-"));
const instructorFile = join(teacher, "instructor.json");
/** The facility's USB folder (policy.json), which the app watches. */
const usbFolder = mkdtempSync(join(tmpdir(), "stepstone-usb-folder-"));
/** A "stick": a small tmpfs mounted at the USB folder, where this runs as
 *  root (as CI does). Elsewhere the folder itself stands in for the stick,
 *  and the policy says so. */
const plugIn = () => execFileSync("mount", ["-t", "tmpfs", "-o", "size=64m,mode=0700", "stepstone-e2e-stick", usbFolder], { stdio: "ignore" });
const unplug = () => execFileSync("umount", [usbFolder], { stdio: "ignore" });
let mounted = false;
before(async () => {
  sh(teacher, "provision", "--role", "instructor", "--facility", "e2e");
  sh(teacher, "enrollment", "--out", instructorFile);
  try { plugIn(); mounted = true; } catch { mounted = false; }
  const policy = { usb_folder: usbFolder, ...(mounted ? {} : { usb_must_be_mounted: false }) };
  app = await launch({ curriculum, provision: { trust: instructorFile }, policy });
});
after(async () => {
  await app?.close();
  if (mounted) { try { unplug(); } catch { /* already gone */ } }
});

const $ = (css) => app.driver.findElement(By.css(css));
const visible = (css) => app.driver.wait(until.elementIsVisible(app.driver.findElement(By.css(css))), 20000);

async function typeInto(editorCss, text) {
  const content = await $(`${editorCss} .cm-content`);
  await content.click();
  await content.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  // CodeMirror wants real Enter key presses, not "\n" characters. It also
  // closes brackets itself, so multi-line input must not type the closers.
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await content.sendKeys(Key.ENTER, Key.chord(Key.SHIFT, Key.HOME), Key.BACK_SPACE);
    await content.sendKeys(lines[i]);
  }
}

async function waitForAttr(css, attr) {
  await app.driver.wait(async () => (await $(css).getAttribute(attr)) !== null, 60000);
  return $(css).getAttribute(attr);
}

async function signIn(name, pin) {
  await visible("#screen-profiles");
  const button = await app.driver.wait(until.elementLocated(By.xpath(`//button[@class='profile' and text()='${name}']`)), 20000);
  await button.click();
  await visible("#pin");
  await $("#pin").sendKeys(pin, Key.ENTER);
  await visible("#screen-course");
}

test("the practice pad runs JavaScript and Rust in the sandbox", async () => {
  const version = await $("#version").getText();
  assert.match(version, /^version \d+\.\d+\.\d+/);
  await screenshot(app.driver, "01-profiles");
  assert.deepEqual(await seriousA11yViolations(app.driver), [], "profile screen accessibility");
  await $("#open-pad").click();
  await visible("#screen-pad");
  await typeInto("#editor", "const x = 6 * 7;\nconsole.log('answer', x);");
  await $("#run").click();
  assert.equal(await waitForAttr("#console", "data-status"), "ok");
  assert.match(await $("#console").getText(), /answer 42/);
  await app.driver.executeScript("delete document.getElementById('console').dataset.status");
  await $("#language option[value='rust']").click();
  await $("#run").click();
  assert.equal(await waitForAttr("#console", "data-status"), "ok");
  assert.match(await $("#console").getText(), /Hello, world!/);
  await screenshot(app.driver, "02-practice-pad");
  await $("#pad-back").click();
});

test("a learner signs in, fails then passes an exercise, and finds the draft after a reload", async () => {
  const d = app.driver;
  // Create a profile, then sign out and back in with the PIN.
  await visible("#screen-profiles");
  // The facility's USB folder (policy.json) is offered before anyone signs in.
  assert.equal(await d.executeScript("return document.getElementById('usb-in-folder').textContent"), usbFolder);
  await d.findElement(By.css("details.card summary")).click();
  await $("#new-name").sendKeys("Ada");
  await $("#new-pin").sendKeys("246810", Key.ENTER);
  await visible("#screen-course");
  await $("#sign-out").click();
  await signIn("Ada", "135799").catch(() => {});
  assert.match(await $("#pin-error").getText(), /PIN is not right/);
  await $("#pin").clear();
  await $("#pin").sendKeys("246810", Key.ENTER);
  await visible("#screen-course");
  await screenshot(d, "03-course-map");
  assert.deepEqual(await seriousA11yViolations(d), [], "course map accessibility");

  // Open the JS exercise from the course map.
  await $("button.exercise-link[data-id='fx.js-add']").click();
  await visible("#screen-exercise");
  assert.match(await $("#lesson").getText(), /Add/);

  // A wrong solution: failing tests with expected and actual values.
  await typeInto("#ex-editor", "function add(a, b) { return a - b; }");
  await $("#ex-check").click();
  const status = await waitForAttr("#pass-count", "data-status");
  await screenshot(d, "04-failing-tests");
  assert.equal(status, "fail", await $("#ex-console").getText());
  assert.match(await $("#pass-count").getText(), /0 of 3 tests pass/);
  assert.match(await $("#tests").getText(), /Expected: 5/);
  await screenshot(d, "04-failing-tests");

  // A right one: every test passes.
  await d.executeScript("delete document.getElementById('pass-count').dataset.status");
  await typeInto("#ex-editor", "function add(a, b) { return a + b; }");
  await $("#ex-check").click();
  assert.equal(await waitForAttr("#pass-count", "data-status"), "pass");
  assert.match(await $("#pass-count").getText(), /3 of 3 tests pass/);
  await screenshot(d, "05-passing-tests");
  assert.deepEqual(await seriousA11yViolations(d), [], "exercise view accessibility");

  // Type more, let autosave run, reload the window: the draft is still there.
  await typeInto("#ex-editor", "function add(a, b) { return a + b; /* kept */ }");
  await d.wait(async () => (await $("#saved").getText()) === "Saved", 10000);
  await d.navigate().refresh();
  await d.wait(until.elementLocated(By.css("body[data-ready='true']")), 30000);
  await signIn("Ada", "246810");
  await $("button.exercise-link[data-id='fx.js-add']").click();
  await visible("#screen-exercise");
  assert.match(await $("#ex-editor .cm-content").getText(), /return a \+ b; \/\* kept \*\//);
  // The course map remembers the pass.
  await $("#back").click();
  await visible("#screen-course");
  assert.match(await $("button.exercise-link[data-id='fx.js-add']").getText(), /Passed/);

  // No stick in: a plain message, not a crash, and nothing saved.
  assert.equal(await $("#usb-folder").getText(), usbFolder);
  assert.equal((await app.driver.findElements(By.css("input#usb-folder"))).length, 0, "no folder to type in");
  const away = `${usbFolder}-unplugged`;
  if (mounted) unplug(); else renameSync(usbFolder, away);
  try {
    await $("#usb-export").click();
    assert.equal(await waitForAttr("#usb-result", "data-status"), "error");
    assert.match(await $("#usb-result").getText(), mounted ? /no USB stick is mounted/ : /is the USB stick plugged in/);
  } finally {
    if (mounted) plugIn(); else renameSync(away, usbFolder);
  }
  assert.deepEqual(readdirSync(usbFolder), [], "nothing was written while the stick was out");

  // Save the progress to the facility's USB folder (the app offers no
  // other) and find a signed zip there.
  await d.executeScript("delete document.getElementById('usb-result').dataset.status");
  await $("#usb-export").click();
  assert.equal(await waitForAttr("#usb-result", "data-status"), "ok", await $("#usb-result").getText());
  assert.match(await $("#usb-result").getText(), /You can remove the stick now/);
  const files = readdirSync(usbFolder).filter((f) => f.endsWith(".zip"));
  assert.equal(files.length, 1);
  firstSave = join(usbFolder, files[0]);
  assert.equal(readFileSync(firstSave).subarray(0, 2).toString(), "PK");
  await screenshot(d, "07-usb-export");
});

test("an instructor's note travels back on a USB stick and shows beside the exercise", async () => {
  const d = app.driver;
  // The instructor's machine is the CLI on its own data folder; the stick
  // is the facility's USB folder, which both sides read and write, and
  // which the app watches.
  const stick = usbFolder;
  const terminalFile = join(mkdtempSync(join(tmpdir(), "stepstone-it-stick-")), "terminal.json");
  sh(app.dataDir, "enrollment", "--out", terminalFile);
  sh(teacher, "enroll", terminalFile, "--expect-key-id", keyIdOf(terminalFile));

  // The learner (still signed in) saves progress to the stick.
  await d.executeScript("delete document.getElementById('usb-result').dataset.status");
  await $("#usb-export").click();
  assert.equal(await waitForAttr("#usb-result", "data-status"), "ok", await $("#usb-result").getText());
  const progress = readdirSync(stick).find((f) => f.endsWith(".zip") && join(stick, f) !== firstSave);
  assert.ok(progress, "a second save on the stick");

  // The instructor imports it and the earlier one (saves are incremental;
  // the order does not matter), writes a note on the passing attempt and
  // puts the signed feedback bundle on the stick.
  const imported = sh(teacher, "bundle", "import", join(stick, progress), firstSave);
  assert.match(imported, /re-graded 2 attempt\(s\); 0 disagree with what the terminal claimed/, "the instructor's own re-grade agrees with the terminal");
  const attempt = JSON.parse(sh(teacher, "review", "list", "--json")).find((a) => a.exercise_id === "fx.js-add" && a.passed);
  assert.ok(attempt, "the passing attempt reached the instructor");
  sh(teacher, "review", "feedback", attempt.attempt_id, "Well done: a + b is <b>exactly</b> right.", "--author", "Ms Rivera");
  sh(teacher, "bundle", "export", "--kind", "feedback", "--out", join(stick, "feedback.zip"));

  // The app watches the stick: the note arrives without a click, and the
  // learner's own saves on it are not news.
  await visible("#usb-news");
  const news = await $("#usb-news-list").getText();
  assert.match(news, /feedback\.zip: 1 new note\(s\) from your instructor/);
  assert.doesNotMatch(news, new RegExp(progress), "the terminal's own save is left alone, quietly");
  await screenshot(d, "08-usb-import");
  await $("#usb-news-ok").click();

  // Load from USB reads the same stick, file by file: nothing new now.
  await $("#usb-import").click();
  await d.wait(async () => /feedback\.zip: already loaded/.test(await $("#usb-import-result").getText()), 30000);
  const lines = await $("#usb-import-result").getText();
  assert.match(lines, new RegExp(`${progress}: progress saved from this computer for your instructor; left as it is`), "the terminal's own progress bundle is left alone");
  assert.equal((await d.findElements(By.css("#usb-import-result li[data-status='loaded']"))).length, 0);

  // The note shows beside the exercise, as text (the <b> is not markup).
  await $("button.exercise-link[data-id='fx.js-add']").click();
  await visible("#feedback");
  const note = await $("#feedback-list").getText();
  assert.match(note, /Ms Rivera/);
  assert.match(note, /a \+ b is <b>exactly<\/b> right\./);
  assert.equal((await d.findElements(By.css("#feedback-list b"))).length, 0);
  await screenshot(d, "09-instructor-note");

  await $("#back").click();
  await visible("#screen-course");

  // A stick at the facility's USB folder is loaded without asking: the
  // app watches the folder and says what arrived.
  assert.equal(await $("#usb-news").isDisplayed(), false);
  sh(teacher, "review", "feedback", attempt.attempt_id, "One more thing: try a loop next.", "--author", "Ms Rivera");
  sh(teacher, "bundle", "export", "--kind", "feedback", "--out", join(usbFolder, "more-feedback.zip"));
  await visible("#usb-news");
  assert.match(await $("#usb-news-list").getText(), /more-feedback\.zip: 1 new note\(s\) from your instructor/);
  await screenshot(d, "11-usb-news");
  assert.deepEqual(await seriousA11yViolations(d), [], "USB news accessibility");
  await $("#usb-news-ok").click();
  assert.equal(await $("#usb-news").isDisplayed(), false);
  await $("button.exercise-link[data-id='fx.js-add']").click();
  await d.wait(async () => /try a loop next/.test(await $("#feedback-list").getText()), 20000);
  await $("#back").click();
  await visible("#screen-course");
});

test("the HTML preview follows the typing, in a frame where scripts do not run", async () => {
  const d = app.driver;
  await visible("#screen-course");
  await $("button.exercise-link[data-id='fx.page']").click();
  await visible("#preview");
  assert.equal(await $("#preview").getAttribute("sandbox"), "", "no allow-scripts, no allow-same-origin");
  // CodeMirror closes tags itself: type the openers, step past the closers.
  const content = await $("#ex-editor .cm-content");
  await content.click();
  await content.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await content.sendKeys("<h1>Welcome", Key.END, "<script>document.body.dataset.ran = 'yes'", Key.END);
  await d.wait(async () => /<h1>Welcome<\/h1>/.test(await $("#preview").getAttribute("srcdoc") ?? ""), 20000);
  // The frame shows the document the core built for the grader (parsed and
  // written out again), not the raw text typed.
  assert.match(await $("#preview").getAttribute("srcdoc"), /<html><head><\/head><body><h1>Welcome<\/h1>/);
  await screenshot(d, "10-html-preview");
  await d.switchTo().frame(await $("#preview"));
  try {
    assert.equal(await d.findElement(By.css("h1")).getText(), "Welcome");
    assert.equal(await d.findElement(By.css("body")).getAttribute("data-ran"), null, "the page's script must not run");
  } finally {
    await d.switchTo().defaultContent();
  }
  await $("#back").click();
  await visible("#screen-course");
});

test("a test-first exercise names the planted bug the learner's tests let through", async () => {
  const d = app.driver;
  await visible("#screen-course");
  await $("button.exercise-link[data-id='fx.js-tests']").click();
  await visible("#screen-exercise");
  // Typed by keyboard after a scripted focus: a long line makes the editor's
  // content wider than the view, and WebDriver will not click it then.
  const writeTests = async (...lines) => {
    const content = await $("#ex-editor .cm-content");
    await d.executeScript("arguments[0].focus()", content);
    await content.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
    for (const [i, line] of lines.entries()) await content.sendKeys(...(i ? [Key.ENTER] : []), line);
  };
  // Tests for positive and negative numbers, but none for zero.
  await writeTests("test(\"absolute(-3) is 3\", () => expect(absolute(-3)).toBe(3));", "test(\"absolute(4) is 4\", () => expect(absolute(4)).toBe(4));");
  await d.executeScript("delete document.getElementById('pass-count').dataset.status");
  await $("#ex-check").click();
  assert.equal(await waitForAttr("#pass-count", "data-status"), "fail", await $("#tests").getText());
  assert.match(await $("#tests").getText(), /A version that gives 1 for zero passed all your tests/);
  await screenshot(d, "11-test-first-bug-slipped-through");
  // Add the zero test: every planted bug is caught.
  await writeTests("test(\"absolute(-3) is 3\", () => expect(absolute(-3)).toBe(3));", "test(\"absolute(0) is 0\", () => expect(absolute(0)).toBe(0));");
  await d.executeScript("delete document.getElementById('pass-count').dataset.status");
  await $("#ex-check").click();
  assert.equal(await waitForAttr("#pass-count", "data-status"), "pass", await $("#tests").getText());
  assert.match(await $("#tests").getText(), /Your tests catch a version that forgets negative numbers/);
  await $("#back").click();
  await visible("#screen-course");
});

test("a learner from another terminal arrives in the roster and signs in here with the same PIN", async () => {
  const d = app.driver;
  // Bo's profile was made on terminal 2; its progress reaches the
  // instructor, whose roster comes back on a stick.
  const other = mkdtempSync(join(tmpdir(), "stepstone-terminal-2-"));
  const stick = mkdtempSync(join(tmpdir(), "stepstone-stick-"));
  sh(other, "provision", "--role", "terminal", "--facility", "e2e", "--trust", instructorFile, "--expect-key-id", keyIdOf(instructorFile));
  execFileSync(cli(), ["student", "add", "Bo"], { env: { ...process.env, STEPSTONE_DATA_DIR: other }, input: "864200\n" });
  sh(other, "enrollment", "--out", join(stick, "terminal-2.json"));
  sh(other, "bundle", "export", "--out", join(stick, "terminal-2.zip"));
  sh(teacher, "enroll", join(stick, "terminal-2.json"), "--expect-key-id", keyIdOf(join(stick, "terminal-2.json")));
  sh(teacher, "bundle", "import", join(stick, "terminal-2.zip"));

  await $("#sign-out").click();
  await visible("#screen-profiles");
  assert.equal((await d.findElements(By.xpath("//button[@class='profile' and text()='Bo']"))).length, 0);
  // The roster comes on the facility's stick; the watch loads it.
  sh(teacher, "bundle", "export", "--kind", "roster", "--out", join(usbFolder, "roster.zip"));
  await visible("#usb-news");
  assert.match(await $("#usb-news-list").getText(), /roster\.zip: 1 learner profile\(s\) added to this computer/, "Ada is here already; only Bo is new");
  await $("#usb-news-ok").click();
  await d.wait(until.elementLocated(By.xpath("//button[@class='profile' and text()='Bo']")), 20000);
  // Load from USB on this screen reads the same stick.
  await $("#usb-in-card summary").click();
  await $("#usb-in-import").click();
  await d.wait(async () => /roster\.zip: already loaded/.test(await $("#usb-in-result").getText()), 30000);
  await screenshot(d, "12-roster-loaded");

  // A second instructor machine: its key file on the stick is trusted
  // only with the fingerprint its own screen shows, typed in here (this
  // screen never shows it, so it cannot just be copied).
  const teacher2 = mkdtempSync(join(tmpdir(), "stepstone-instructor-2-"));
  sh(teacher2, "provision", "--role", "instructor", "--facility", "e2e");
  sh(teacher2, "enrollment", "--out", join(usbFolder, "instructor-2.json"));
  const fingerprint = keyIdOf(join(usbFolder, "instructor-2.json"));
  await $("#keys-find").click();
  await d.wait(until.elementLocated(By.css("#keys-list li.offered-key[data-file='instructor-2.json']")), 20000);
  assert.doesNotMatch(await $("#keys-list").getText(), new RegExp(fingerprint.slice(0, 8)), "the file's fingerprint is not shown");
  assert.equal((await d.findElements(By.css("#keys-list li.offered-key"))).length, 1, "the instructor already trusted is not offered again");
  await $("#keys-list li.offered-key input").sendKeys(fingerprint.slice(0, 8));
  await $("#keys-list li.offered-key button").click();
  assert.equal(await waitForAttr("#keys-result", "data-status"), "error");
  assert.match(await $("#keys-result").getText(), /Not trusted: .*does not have the fingerprint/);
  await screenshot(d, "13-instructor-key-offered");
  await d.executeScript("delete document.getElementById('keys-result').dataset.status");
  await $("#keys-list li.offered-key input").clear();
  await $("#keys-list li.offered-key input").sendKeys(fingerprint.match(/.{4}/g).join(" "));
  await $("#keys-list li.offered-key button").click();
  assert.equal(await waitForAttr("#keys-result", "data-status"), "ok", await $("#keys-result").getText());
  assert.match(sh(app.dataDir, "bundle", "verify", join(usbFolder, "roster.zip")), /valid/, "the terminal still trusts its first instructor");
  assert.deepEqual(await seriousA11yViolations(d), [], "instructor key screen accessibility");
  assert.deepEqual(await seriousA11yViolations(d), [], "profiles screen accessibility");
  await signIn("Bo", "864200");
  assert.match(await $("#who").getText(), /Bo/);
});

test("the layout holds at 200% text size and in high contrast", async () => {
  const d = app.driver;
  for (let i = 0; i < 8; i++) await $("#font-up").click();
  await $("#contrast").click();
  assert.equal(await $("#contrast").getAttribute("aria-pressed"), "true");
  const bg = await d.executeScript("return getComputedStyle(document.documentElement).backgroundColor");
  assert.equal(bg, "rgb(0, 0, 0)", "high contrast turns the page black");
  const overflow = await d.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
  assert.ok(overflow <= 2, `page scrolls sideways by ${overflow}px at 200%`);
  await screenshot(d, "06-200-percent-high-contrast");
  assert.deepEqual(await seriousA11yViolations(d), [], "high-contrast accessibility");
  await $("#contrast").click();
  for (let i = 0; i < 8; i++) await $("#font-down").click();
});
