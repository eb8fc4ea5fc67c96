// Benchmark (not a test): the instructor's class grid in the real window,
// over the data `stepstone bench desk --keep DIR` leaves (30 learners x 300
// exercises, a year of attempts). Prints medians of: signing in to the grid
// on screen, and redrawing it (Show); and the app's process-tree memory
// with the grid open. Run with scripts/bench-desk.sh.
import { execSync } from "node:child_process";
import { join } from "node:path";
import { By, Key, until } from "selenium-webdriver";
import { launch } from "./harness.mjs";

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
if (!dir) throw new Error("usage: bench-desk.mjs DIR [RUNS] (DIR from `stepstone bench desk --keep DIR`)");

function treeRssKiB(rootName) {
  const rows = execSync("ps -eo pid=,ppid=,rss=,comm=").toString().trim().split("\n").map((l) => l.trim().split(/\s+/));
  const procs = rows.map(([pid, ppid, rss, comm]) => ({ pid: +pid, ppid: +ppid, rss: +rss, comm }));
  const seen = new Set(procs.filter((p) => p.comm.startsWith(rootName)).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!seen.has(p.pid) && seen.has(p.ppid)) { seen.add(p.pid); grew = true; }
  }
  return procs.filter((p) => seen.has(p.pid)).reduce((s, p) => s + p.rss, 0);
}

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const signIn = [], grid = [], redraw = [], mem = [], parts = [];
for (let i = 0; i < runs; i++) {
  const app = await launch({ dataDir: join(dir, "desk"), curriculum: join(dir, "course") });
  const d = app.driver;
  await d.wait(until.elementLocated(By.xpath("//ul[@id='desk-accounts']//button")), 30000).then((b) => b.click());
  await d.findElement(By.css("#desk-passphrase")).sendKeys("bench passphrase");
  const t0 = Date.now();
  await d.findElement(By.css("#desk-passphrase")).sendKeys(Key.ENTER);
  await d.wait(async () => (await d.findElement(By.css("#grid-wrap")).getAttribute("data-ms")) !== null, 60000);
  signIn.push(Date.now() - t0);
  grid.push(Number(await d.findElement(By.css("#grid-wrap")).getAttribute("data-ms")));
  await d.executeScript("delete document.getElementById('grid-wrap').dataset.ms");
  await d.findElement(By.css("#grid-apply")).click();
  await d.wait(async () => (await d.findElement(By.css("#grid-wrap")).getAttribute("data-ms")) !== null, 60000);
  redraw.push(Number(await d.findElement(By.css("#grid-wrap")).getAttribute("data-ms")));
  parts.push([await d.findElement(By.css("#grid-wrap")).getAttribute("data-ms-fetch"), await d.findElement(By.css("#grid-wrap")).getAttribute("data-ms-build")].map(Number));
  mem.push(treeRssKiB("stepstone-app"));
  await app.close();
}
console.log(`sign-in (passphrase hash included) to the grid on screen, median of ${runs}: ${median(signIn)} ms`);
console.log(`class grid after sign-in, request to next frame, median: ${median(grid)} ms`);
console.log(`class grid redrawn (Show), request to next frame, median: ${median(redraw)} ms`);
console.log(`  of which: the command (core and IPC), median: ${median(parts.map((p) => p[0]))} ms; building the table: ${median(parts.map((p) => p[1]))} ms; the rest is layout and paint`);
console.log(`app process tree RSS with the grid open, median: ${(median(mem) / 1024).toFixed(0)} MiB`);
