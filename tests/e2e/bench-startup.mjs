// Benchmark (not a test): how long until the window is interactive, and
// how much memory the app's whole process tree uses once it is. Prints
// medians over several launches. Run with scripts/bench-app.sh.
import { execSync } from "node:child_process";
import { launch } from "./harness.mjs";

function treeRssKiB(rootName) {
  // Sum RSS over the app and every descendant (WebKit's web and network
  // processes included), from ps.
  const rows = execSync("ps -eo pid=,ppid=,rss=,comm=").toString().trim().split("\n").map((l) => l.trim().split(/\s+/));
  const procs = rows.map(([pid, ppid, rss, comm]) => ({ pid: +pid, ppid: +ppid, rss: +rss, comm }));
  const roots = procs.filter((p) => p.comm.startsWith(rootName));
  const seen = new Set(roots.map((p) => p.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) if (!seen.has(p.pid) && seen.has(p.ppid)) { seen.add(p.pid); grew = true; }
  }
  return { kib: procs.filter((p) => seen.has(p.pid)).reduce((s, p) => s + p.rss, 0), count: seen.size };
}

const runs = Number(process.argv[2] ?? 5);
const times = [];
const mems = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const app = await launch();
  times.push(performance.now() - t0);
  mems.push(treeRssKiB("stepstone-app"));
  await app.close();
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(`window interactive (WebDriver session start to data-ready), median of ${runs}: ${median(times).toFixed(0)} ms`);
console.log(`app process tree RSS once interactive, median: ${(median(mems.map((m) => m.kib)) / 1024).toFixed(0)} MiB over ${mems[0].count} processes`);
