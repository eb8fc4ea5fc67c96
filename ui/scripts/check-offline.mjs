// Fails if anything in the built UI refers to a remote origin: the app must
// load nothing from the network. Plain-text mentions in comments of bundled
// libraries are the only allowed hits, and they are listed explicitly.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? "dist";
const remote = /(?:src|href|action|url\()\s*=?\s*["']?\s*(?:https?:)?\/\/(?!localhost|127\.0\.0\.1|ipc\.localhost|tauri\.localhost)[a-z0-9.-]+/gi;
const imports = /\bimport\s*\(?\s*["'](?:https?:)?\/\//gi;
let bad = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { walk(p); continue; }
    if (!/\.(html|js|css|json|svg)$/.test(name)) continue;
    const text = readFileSync(p, "utf8");
    for (const re of [remote, imports]) {
      for (const m of text.matchAll(re)) {
        bad++;
        console.error(`${p}: remote reference: ${m[0]}`);
      }
    }
  }
}
walk(root);
if (bad) { console.error(`check-offline: ${bad} remote reference(s) in ${root}`); process.exit(1); }
console.log(`check-offline: no remote references in ${root}`);
