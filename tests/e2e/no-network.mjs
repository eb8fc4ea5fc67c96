// Evidence of no network, for a facility's security review (docs/SECURITY.md).
//
// A whole session, first with the CLI and then in the desktop app, runs
// inside an empty network namespace under `strace -f -e trace=network`,
// and no process of it may create an AF_INET, AF_INET6 or AF_PACKET
// socket. AF_UNIX (D-Bus, the X display) and AF_NETLINK (the kernel's own
// messages) are expected. `./x.sh test` starts this file with `unshare -rn`
// and the test refuses to run anywhere with a network device but `lo`.
//
// The window is driven over WebDriver, whose channel into WebKit is the
// test's, not the app's: WebKitWebDriver starts the app with
// WEBKIT_INSPECTOR_SERVER, and WebKit then listens on that loopback port.
// Exactly that one listening socket, at the address WebKitWebDriver gave,
// is set apart and reported; any other INET socket fails the test.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { By, Key, until } from "selenium-webdriver";
import { launch } from "./harness.mjs";

const curriculum = fileURLToPath(new URL("../fixtures/curriculum/good", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "stepstone-nonet-"));
const cliPath = () => join(dirname(process.env.STEPSTONE_APP), "stepstone");
const logs = join(root, "strace");
mkdirSync(logs);
let n = 0;

/** One CLI command on one machine, traced. */
function traced(data, args, input = "") {
  const log = join(logs, `cli-${++n}-${args[0]}`);
  return execFileSync("strace", ["-f", "-qq", "-e", "trace=network", "-o", log, cliPath(), ...args], {
    env: { ...process.env, STEPSTONE_DATA_DIR: data, STEPSTONE_CURRICULUM: curriculum },
    input,
    encoding: "utf8",
  });
}

/** Every socket(…) call in the logs, by family. */
function sockets(files) {
  const seen = {};
  const calls = [];
  for (const f of files) {
    for (const line of readFileSync(f, "utf8").split("\n")) {
      const m = line.match(/\bsocket\((AF_[A-Z0-9]+|\d+)/);
      if (m) { seen[m[1]] = (seen[m[1]] ?? 0) + 1; calls.push({ file: f, line }); }
    }
  }
  return { seen, calls };
}
const FORBIDDEN = /^(AF_INET|AF_INET6|AF_PACKET)$/;

before(() => {
  // Only `lo` in this process's network namespace (read from /proc, which
  // is per namespace, unlike a sysfs mounted outside it).
  const devices = readFileSync("/proc/self/net/dev", "utf8").split("\n").slice(2).map((l) => l.split(":")[0].trim()).filter(Boolean);
  assert.deepEqual(devices, ["lo"], "run this test in an empty network namespace (./x.sh test does: unshare -rn)");
});

test("the detector sees an INET socket when one is made (a control)", () => {
  const log = join(logs, "control");
  execFileSync("strace", ["-f", "-qq", "-e", "trace=network", "-o", log, "python3", "-c", "import socket; socket.socket(socket.AF_INET6); socket.socket()"]);
  const { seen } = sockets([log]);
  assert.ok(seen.AF_INET >= 1 && seen.AF_INET6 >= 1, JSON.stringify(seen));
});

/** Distinct pixel values on the X screen: a blank screen has one. */
function screenColours() {
  const xwd = execFileSync("xwd", ["-root", "-silent"], { maxBuffer: 64 << 20 });
  const header = xwd.readUInt32BE(0);
  const ncolors = xwd.readUInt32BE(19 * 4);
  const data = xwd.subarray(header + ncolors * 12);
  const seen = new Set();
  for (let i = 0; i + 4 <= data.length && seen.size < 1000; i += 4 * 97) seen.add(data.readUInt32LE(i));
  return seen.size;
}

test("the app started alone (no WebDriver) renders its first screen and creates no INET or packet socket", async () => {
  const log = join(logs, "app-alone");
  const data = mkdtempSync(join(tmpdir(), "stepstone-nonet-alone-"));
  const { spawn } = await import("node:child_process");
  const blank = screenColours();
  const child = spawn("strace", ["-f", "-qq", "-e", "trace=network", "-o", log, process.env.STEPSTONE_APP, "--data-dir", data, "--curriculum", curriculum], {
    stdio: "ignore",
    env: { ...process.env, XDG_DATA_HOME: join(data, "xdg-data") },
  });
  try {
    // Wait for the page itself on the screen, not a fixed time.
    const deadline = Date.now() + 60000;
    let colours = blank;
    while ((colours = screenColours()) < 20) {
      assert.ok(Date.now() < deadline, `the window never rendered (${colours} colours on screen)`);
      assert.equal(child.exitCode, null, "the app exited");
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(colours > blank);
  } finally {
    child.kill("SIGTERM");
    const appPid = existsSync(log) ? Number(readFileSync(log, "utf8").split(/\s/, 1)[0]) : 0;
    try { if (appPid) process.kill(appPid, "SIGTERM"); } catch { /* gone */ }
  }
  const { seen, calls } = sockets([log]);
  assert.ok((seen.AF_UNIX ?? 0) > 0, "the app's sockets were traced");
  assert.deepEqual(calls.filter((c) => FORBIDDEN.test(c.line.match(/socket\((\w+)/)[1])).map((c) => c.line), []);
  console.log(`# app alone: sockets by family: ${JSON.stringify(seen)}`);
});

const teacher = join(root, "instructor");
const terminal = join(root, "terminal");
const stick = join(root, "stick");

test("a CLI session (provision from a kit, run JS and Rust, grade, export, import) creates no INET or packet socket", () => {
  mkdirSync(stick);
  writeFileSync(join(root, "hello.js"), "console.log('hello ' + 6 * 7);\n");
  writeFileSync(join(root, "hello.rs"), "fn main() { println!(\"hello {}\", 6 * 7); }\n");
  mkdirSync(join(root, "answer"));
  writeFileSync(join(root, "answer", "main.js"), "function add(a, b) { return a + b; }\n");
  traced(teacher, ["doctor"]);
  traced(teacher, ["provision", "--role", "instructor", "--facility", "nonet"]);
  mkdirSync(terminal);
  writeFileSync(join(terminal, "policy.json"), JSON.stringify({ usb_folder: stick, usb_must_be_mounted: false }));
  writeFileSync(join(teacher, "policy.json"), JSON.stringify({ usb_folder: stick, usb_must_be_mounted: false }));
  traced(teacher, ["facility-kit", "--out", stick]);
  const out = traced(terminal, ["provision", "--from", join(stick, "facility.json")]);
  const fingerprint = out.match(/key fingerprint: ([0-9a-f ]+?)\s\s/)[1];
  const enrollment = out.match(/enrollment for the instructor: (.+)/)[1].trim();
  traced(teacher, ["enroll", enrollment, "--expect-key-id", fingerprint]);
  traced(terminal, ["student", "add", "Ada"], "246810\n");
  assert.match(traced(terminal, ["run", join(root, "hello.js")]), /hello 42/);
  assert.match(traced(terminal, ["run", join(root, "hello.rs")]), /hello 42/);
  const student = JSON.parse(traced(terminal, ["student", "list", "--json"]))[0].id;
  const graded = JSON.parse(traced(terminal, ["grade", "fx.js-add", "--file", join(root, "answer", "main.js"), "--student", student, "--json"], "246810\n"));
  assert.equal(graded.status, "pass");
  traced(terminal, ["bundle", "export", "--out", join(stick, "t.zip")]);
  assert.match(traced(teacher, ["bundle", "import", join(stick, "t.zip")]), /imported [1-9]\d* new events/);
  const files = readdirSync(logs).filter((f) => f.startsWith("cli-")).map((f) => join(logs, f));
  assert.ok(files.length >= 12, "every command was traced");
  const { seen, calls } = sockets(files);
  const bad = calls.filter((c) => FORBIDDEN.test(c.line.match(/socket\((\w+)/)[1]));
  assert.deepEqual(bad, [], "INET or packet sockets were made");
  console.log(`# CLI: ${files.length} commands traced; sockets by family: ${JSON.stringify(seen)}`);
});

let app;
after(async () => {
  await app?.close();
  const log = join(logs, "app");
  if (existsSync(log)) { try { process.kill(Number(readFileSync(log, "utf8").split(/\s/, 1)[0]), "SIGTERM"); } catch { /* gone */ } }
});

test("an app session (start, sign in, run JS and Rust, check, save to USB) creates no INET or packet socket", async () => {
  assert.ok(existsSync(join(terminal, "identity.json")), "the CLI test provisioned this terminal");
  const log = join(logs, "app");
  const wrapper = join(root, "traced-app");
  writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$WEBKIT_INSPECTOR_SERVER" > '${log}.inspector'\nexec strace -f -qq -e trace=network -o '${log}' '${process.env.STEPSTONE_APP}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  app = await launch({ dataDir: terminal, curriculum, app: wrapper });
  const d = app.driver;
  const $ = (css) => d.findElement(By.css(css));
  const visible = (css) => d.wait(until.elementIsVisible(d.findElement(By.css(css))), 20000);
  const waitForAttr = async (css, attr) => { await d.wait(async () => (await $(css).getAttribute(attr)) !== null, 60000); return $(css).getAttribute(attr); };
  const click = (css) => d.executeScript(`document.querySelector(${JSON.stringify(css)}).click()`);
  // Sign in as the learner the CLI made.
  await visible("#screen-profiles");
  const button = await d.wait(until.elementLocated(By.xpath("//button[@class='profile' and text()='Ada']")), 20000);
  await button.click();
  await visible("#pin");
  await $("#pin").sendKeys("246810", Key.ENTER);
  await visible("#screen-course");
  // Run JS and Rust on the practice pad (sign-in leaves it reachable).
  await click("#sign-out");
  await visible("#screen-profiles");
  await click("#open-pad");
  await visible("#screen-pad");
  await click("#run");
  assert.equal(await waitForAttr("#console", "data-status"), "ok");
  await d.executeScript("delete document.getElementById('console').dataset.status");
  await $("#language option[value='rust']").click();
  await click("#run");
  assert.equal(await waitForAttr("#console", "data-status"), "ok");
  assert.match(await $("#console").getText(), /Hello, world!/);
  await click("#pad-back");
  // Sign in again, check an exercise, save to the USB folder.
  const again = await d.wait(until.elementLocated(By.xpath("//button[@class='profile' and text()='Ada']")), 20000);
  await again.click();
  await visible("#pin");
  await $("#pin").sendKeys("246810", Key.ENTER);
  await visible("#screen-course");
  await click("button.exercise-link[data-id='fx.js-add']");
  await visible("#screen-exercise");
  await click("#ex-check");
  assert.ok(["pass", "fail"].includes(await waitForAttr("#pass-count", "data-status")));
  await click("#back");
  await visible("#screen-course");
  await click("#usb-export");
  assert.equal(await waitForAttr("#usb-result", "data-status"), "ok", await $("#usb-result").getText());
  await app.close();
  app = undefined;
  // WebDriver ends the session by signalling strace, which detaches and
  // leaves the app running: end it (the first pid strace traced).
  const appPid = Number(readFileSync(log, "utf8").split(/\s/, 1)[0]);
  try { process.kill(appPid, "SIGTERM"); } catch { /* already gone */ }

  const { seen, calls } = sockets([log]);
  assert.ok((seen.AF_UNIX ?? 0) > 0, "the app's sockets were traced");
  // WebDriver's channel: the loopback address WebKitWebDriver handed the
  // app, which the wrapper wrote down. Every INET socket must be bound to
  // or connected to exactly that address; nothing else is allowed.
  const inspector = readFileSync(`${log}.inspector`, "utf8").trim();
  assert.match(inspector, /^127\.0\.0\.1:\d+$/, "WebKitWebDriver named its loopback channel");
  const [host, port] = inspector.split(":");
  const text = readFileSync(log, "utf8").split("\n");
  const channel = [];
  const bad = [];
  text.forEach((line, i) => {
    const m = line.match(/\bsocket\((AF_[A-Z0-9]+)/);
    if (!m || !FORBIDDEN.test(m[1])) return;
    // The fd, on this line or on the call's "resumed" line.
    let fd = (line.match(/= (\d+)$/) ?? [])[1];
    const tid = line.split(/\s+/)[0];
    if (!fd) fd = (text.slice(i + 1).find((l) => l.startsWith(`${tid} <... socket resumed>`))?.match(/= (\d+)$/) ?? [])[1];
    const use = text.slice(i + 1).find((l) => new RegExp(`\\b(bind|connect)\\(${fd}, `).test(l));
    const ok = m[1] === "AF_INET" && use && use.includes(`sin_port=htons(${port}), sin_addr=inet_addr("${host}")`);
    (ok ? channel : bad).push(ok ? use.trim() : `${line.trim()}  then: ${use?.trim() ?? "(never bound or connected)"}`);
  });
  assert.deepEqual(bad, [], "INET or packet sockets were made by the app besides WebDriver's channel");
  console.log(`# app: sockets by family: ${JSON.stringify(seen)}; ${channel.length} of them WebDriver's channel at ${inspector}`);
});
