// The desktop app, end to end: a real WebKitGTK window, real IPC into the
// Rust core, the real wasmtime sandbox.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { By, Key, until } from "selenium-webdriver";
import { launch, screenshot } from "./harness.mjs";

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

async function typeInEditor(text) {
  const d = app.driver;
  const content = await d.findElement(By.css("#editor .cm-content"));
  await content.click();
  await content.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  // CodeMirror wants real Enter key presses, not "\n" characters.
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await content.sendKeys(Key.ENTER);
    await content.sendKeys(lines[i]);
  }
}

async function runAndWait() {
  const d = app.driver;
  await d.executeScript("delete document.getElementById('console').dataset.status");
  await d.findElement(By.id("run")).click();
  await d.wait(async () => (await d.findElement(By.id("console")).getAttribute("data-status")) !== null, 60000);
  return d.findElement(By.id("console")).getText();
}

test("shows the version and the doctor report rendered from Rust", async () => {
  const version = await app.driver.findElement(By.id("version")).getText();
  assert.match(version, /^version \d+\.\d+\.\d+/);
  const checks = await app.driver.findElements(By.css("#doctor li"));
  assert.ok(checks.length >= 5, "doctor checks listed");
  await screenshot(app.driver, "01-start");
});

test("runs typed JavaScript in the sandbox and shows its output", async () => {
  await typeInEditor("const x = 6 * 7;\nconsole.log('answer', x);");
  const out = await runAndWait();
  assert.match(out, /answer 42/);
  assert.equal(await app.driver.findElement(By.id("console")).getAttribute("data-status"), "ok");
  await screenshot(app.driver, "02-js-run");
});

test("shows a JavaScript error as text, with its line", async () => {
  await typeInEditor("let a = 1;\nnull.boom;");
  const out = await runAndWait();
  assert.match(out, /TypeError/);
  assert.match(out, /line 2/);
});

test("compiles and runs Rust from the editor", async () => {
  const d = app.driver;
  await d.findElement(By.css("#language option[value='rust']")).click();
  const out = await runAndWait();
  assert.match(out, /Hello, world!/);
  await screenshot(d, "03-rust-run");
});
