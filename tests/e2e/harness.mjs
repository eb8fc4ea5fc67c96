// Starts tauri-driver (which starts WebKitWebDriver, which starts the app)
// and hands back a selenium driver for the app's window. Used by the tests
// and by scripts/screenshot.sh. Waits on conditions, never on fixed sleeps.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Builder, By, until } from "selenium-webdriver";

const PORT = 4444;
const NATIVE_PORT = 4445;

function portOpen(port) {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => { s.destroy(); resolve(true); });
    s.once("error", () => resolve(false));
  });
}

async function waitForPort(port, child, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
    if (await portOpen(port)) return;
    // Yield to the event loop until the next connection attempt.
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

/** Until nothing listens on `port` any more: the WebKitWebDriver of a
 * window just closed may still hold it, and a new one could not start. */
async function waitForPortFree(port, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (await portOpen(port)) {
    if (Date.now() > deadline) throw new Error(`port ${port} is still taken (a WebKitWebDriver left over?)`);
    await new Promise((r) => setImmediate(r));
  }
}

/** Ends the app launched on `data` if it outlived its driver: a driver
 * killed while the window is still closing leaves the app running, and
 * its inherited stderr then keeps the test runner waiting for ever. */
async function endWindow(data) {
  const pattern = `--data-dir ${data}( |$)`;
  const running = () => {
    try { execFileSync("pgrep", ["-f", "--", pattern], { stdio: "ignore" }); return true; } catch { return false; }
  };
  if (!running()) return;
  try { execFileSync("pkill", ["-f", "--", pattern], { stdio: "ignore" }); } catch { /* gone meanwhile */ }
  const deadline = Date.now() + 30000;
  while (running()) {
    if (Date.now() > deadline) throw new Error(`the app on ${data} did not end`);
    await new Promise((r) => setImmediate(r));
  }
}

/**
 * The fingerprint of the key in an enrollment file, worked out here from
 * the public key (SHA-256, first 16 bytes), as a person would read it off
 * the other machine: the CLI refuses to enroll without it.
 */
export function keyIdOf(enrollmentFile) {
  const { public_key } = JSON.parse(readFileSync(enrollmentFile, "utf8"));
  return createHash("sha256").update(Buffer.from(public_key, "hex")).digest("hex").slice(0, 32);
}

/**
 * The sandbox's compiled modules, made once per test file by the CLI and
 * copied into each data folder the tests start the app on: the window then
 * behaves as on a terminal's second day, not its first minute, when
 * Cranelift is still compiling QuickJS and SQLite. (A first start is what
 * no-network.mjs and the CLI tests meet.)
 */
let warmCache = null;
function seedModuleCache(data) {
  const cli = join(dirname(process.env.STEPSTONE_APP), "stepstone");
  if (warmCache === null) {
    const warm = mkdtempSync(join(tmpdir(), "stepstone-warm-"));
    writeFileSync(join(warm, "hello.js"), "1;\n");
    writeFileSync(join(warm, "hello.sql"), "SELECT 1;\n");
    for (const f of ["hello.js", "hello.sql"]) spawnSync(cli, ["--data-dir", warm, "run", join(warm, f)], { stdio: "ignore" });
    warmCache = join(warm, "cache");
  }
  const cache = join(data, "cache");
  if (!existsSync(warmCache)) return;
  mkdirSync(cache, { recursive: true, mode: 0o700 });
  for (const f of readdirSync(warmCache).filter((f) => f.endsWith(".cwasm") && !existsSync(join(cache, f)))) {
    copyFileSync(join(warmCache, f), join(cache, f));
    chmodSync(join(cache, f), 0o600);
  }
}

export async function launch({ dataDir, curriculum, provision, policy, app: appPath } = {}) {
  // `app` runs the window through a wrapper (the no-network test's strace).
  const app = appPath ?? process.env.STEPSTONE_APP;
  if (!app) throw new Error("set STEPSTONE_APP to the built stepstone-app binary");
  const data = dataDir ?? mkdtempSync(join(tmpdir(), "stepstone-e2e-"));
  seedModuleCache(data);
  // Facility settings (policy.json), as IT would write them.
  if (policy) writeFileSync(join(data, "policy.json"), JSON.stringify(policy));
  if (provision) {
    // Facility IT's step, with the CLI built beside the app: a terminal
    // trusts its instructor from the start (`provision` may name the
    // instructor's enrollment file), since bundles are encrypted to it.
    const trust = typeof provision === "object" && provision.trust ? ["--trust", provision.trust, "--expect-key-id", keyIdOf(provision.trust)] : [];
    execFileSync(join(dirname(process.env.STEPSTONE_APP), "stepstone"), ["provision", "--role", "terminal", "--facility", "e2e", ...trust], { env: { ...process.env, STEPSTONE_DATA_DIR: data } });
  }
  await waitForPortFree(PORT);
  await waitForPortFree(NATIVE_PORT);
  const driverProc = spawn("tauri-driver", ["--port", String(PORT), "--native-port", String(NATIVE_PORT), "--native-driver", "/usr/bin/WebKitWebDriver"], {
    stdio: ["ignore", "ignore", "inherit"],
    // A fresh XDG_DATA_HOME too: WebKit keeps the page's localStorage
    // (text size, contrast) there, and runs must not leak into each other.
    env: { ...process.env, STEPSTONE_DATA_DIR: data, XDG_DATA_HOME: join(data, "xdg-data") },
  });
  await waitForPort(PORT, driverProc);
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${PORT}/`)
    .withCapabilities({
      browserName: "wry",
      "tauri:options": { application: app, args: ["--data-dir", data, ...(curriculum ? ["--curriculum", curriculum] : [])] },
    })
    .build();
  await driver.wait(until.elementLocated(By.css("body[data-ready='true']")), 30000);
  return {
    driver,
    dataDir: data,
    async close() {
      try {
        await driver.quit();
      } finally {
        // Gone, with the ports it held, before the next window starts.
        const exited = driverProc.exitCode !== null ? Promise.resolve() : new Promise((r) => driverProc.once("exit", r));
        driverProc.kill();
        await exited;
        await waitForPortFree(NATIVE_PORT);
        await endWindow(data);
      }
    },
  };
}

export async function screenshot(driver, name) {
  const dir = process.env.STEPSTONE_SCREENSHOTS ?? join(process.cwd(), "target-e2e", "screenshots");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  writeFileSync(file, await driver.takeScreenshot(), "base64");
  return file;
}

// axe-core, from npm, injected into the page: accessibility problems of
// "serious" or "critical" impact on the current screen.
import { createRequire } from "node:module";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export async function seriousA11yViolations(driver) {
  await driver.executeScript(axeSource);
  const result = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ["violations"] }).then(
      (r) => done(r.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
                               .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ") + " :: " + ((n.any[0] && n.any[0].message) || "")).slice(0, 5) }))),
      (e) => done([{ id: "axe-error", help: String(e), nodes: [] }]));
  `);
  return result;
}
