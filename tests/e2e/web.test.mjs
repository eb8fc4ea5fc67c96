// Web exercises in the desktop app, end to end, on the bundled web track:
// a page reacting to clicks in the live preview, a fetch exercise passing
// Check (and its preview loading from the exercise's mock API), and the
// capstone's app running in the preview from the learner's own server
// code. The preview frame has no origin of its own; everything it loads or
// fetches goes through the stepstone-preview scheme to the core and the
// sandbox. Real window, real IPC, real sandbox.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { By, Key, until } from "selenium-webdriver";
import { launch, screenshot } from "./harness.mjs";

const curriculum = fileURLToPath(new URL("../../curriculum", import.meta.url));
const solution = (ex, file) => readFileSync(`${curriculum}/web/${ex}/solution/${file}`, "utf8");
let app;
before(async () => {
  app = await launch({ curriculum, provision: true, policy: { usb_must_be_mounted: false } });
});
after(async () => {
  await app?.close();
});

const $ = (css) => app.driver.findElement(By.css(css));
const visible = (css) => app.driver.wait(until.elementIsVisible(app.driver.findElement(By.css(css))), 20000);

/** Puts `text` in the editor for `file`, as one paste-like input (typing it
 *  key by key would let the editor's auto-indent rewrite it). */
async function setFile(file, text) {
  const d = app.driver;
  await d.findElement(By.xpath(`//div[@id='file-tabs']/button[normalize-space(.)='${file}']`)).click();
  const content = await $("#ex-editor .cm-content");
  await d.executeScript("arguments[0].focus()", content);
  await content.sendKeys(Key.chord(Key.CONTROL, "a"));
  await d.executeScript("document.execCommand('insertText', false, arguments[0])", text);
  await d.wait(async () => (await d.executeScript("return document.querySelector('#ex-editor .cm-content').innerText")).replace(/\s+/g, "") === text.replace(/\s+/g, ""), 10000);
}

async function openExercise(id) {
  await app.driver.switchTo().defaultContent();
  await $("#back").click();
  await visible("#screen-course");
  await $(`button.exercise-link[data-id='${id}']`).click();
  await visible("#screen-exercise");
}

/** The preview frame's address once it shows a page: a fresh token each
 *  time the learner's files change. */
async function previewSrc(not) {
  const d = app.driver;
  await d.switchTo().defaultContent();
  const frame = await visible("#preview");
  let src;
  await d.wait(async () => {
    src = await frame.getAttribute("src");
    return /^stepstone-preview:\/\/[0-9a-f]{32}\/$/.test(src) && src !== not;
  }, 20000);
  return src;
}

/** Waits for the preview made after the last edit (not `before`), then enters it. */
async function enterPreview(before, ready) {
  const d = app.driver;
  await previewSrc(before);
  const frame = await $("#preview");
  // In view, so WebDriver's clicks land where the frame really is.
  await d.executeScript("arguments[0].scrollIntoView({ block: 'center' })", frame);
  await d.switchTo().frame(frame);
  await d.wait(ready, 20000);
}

async function check() {
  await app.driver.switchTo().defaultContent();
  await app.driver.executeScript("delete document.getElementById('pass-count').dataset.status");
  await $("#ex-check").click();
  await app.driver.wait(async () => (await $("#pass-count").getAttribute("data-status")) !== null, 90000);
  return $("#pass-count").getAttribute("data-status");
}

test("a page reacts to clicks in the live preview", async () => {
  const d = app.driver;
  await visible("#screen-profiles");
  await d.findElement(By.css("details.card summary")).click();
  await $("#new-name").sendKeys("Wes");
  await $("#new-pin").sendKeys("135790", Key.ENTER);
  await visible("#screen-course");
  await $("button.exercise-link[data-id='web.events.counter']").click();
  await visible("#screen-exercise");
  const before = await previewSrc();
  await setFile("app.js", solution("events-counter", "app.js"));
  await enterPreview(before, async () => (await d.findElements(By.css("#plus"))).length > 0);
  for (let i = 0; i < 3; i++) await d.findElement(By.css("#plus")).click();
  await d.findElement(By.css("#minus")).click();
  await d.wait(async () => (await d.findElement(By.css("#count")).getText()) === "2", 5000);
  await d.switchTo().defaultContent();
  await screenshot(d, "44-web-preview-clicks");
  assert.equal(await check(), "pass", await $("#tests").getText());
});

test("a fetch exercise passes, and its preview loads from the exercise's API", async () => {
  const d = app.driver;
  await openExercise("web.async.fetch-json");
  const before = await previewSrc();
  await setFile("app.js", solution("async-fetch-json", "app.js"));
  assert.equal(await check(), "pass", await $("#tests").getText());
  assert.match(await $("#pass-count").getText(), /(\d+) of \1 tests pass/);
  // The page's fetch went through the preview scheme to the mock API.
  await enterPreview(before, async () => (await d.findElements(By.css("#classes li"))).length > 0);
  const items = await d.findElements(By.css("#classes li"));
  assert.ok(items.length >= 2, `the classes from the API are listed (${items.length})`);
  await d.switchTo().defaultContent();
  await screenshot(d, "45-web-fetch-passing");
});

test("the capstone's app runs in the preview from the learner's own server code", async () => {
  const d = app.driver;
  await openExercise("web.capstone.job-board");
  let before = await previewSrc();
  for (const file of ["server.js", "model.js", "app.js"]) {
    await setFile(file, solution("job-board", file));
    before = await previewSrc(before);
  }
  // The page, then its fetch("/api/jobs"), answered by the learner's
  // server.js and model.js over SQLite, in the sandbox.
  await enterPreview(null, async () => (await d.findElements(By.css("#jobs li"))).length >= 6);
  const first = await d.findElement(By.css("#jobs li")).getText();
  assert.ok(first.length > 0, "a job is shown");
  await d.switchTo().defaultContent();
  await screenshot(d, "46-web-capstone-preview");
  assert.equal(await check(), "pass", await $("#tests").getText());
});
