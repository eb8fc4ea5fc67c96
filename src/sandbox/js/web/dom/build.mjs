// Bundles entry.js (linkedom and Stepstone's DOM parts) into ../dom.bundle.js,
// one classic script for QuickJS. The banner runs first: QuickJS has no
// Intl, and the CSS parser linkedom uses formats numbers with one at load.
import { build } from "esbuild";

const banner = `if (typeof Intl === "undefined") {
  globalThis.Intl = { NumberFormat: class NumberFormat {
    constructor(locale, o) { this.digits = o && o.maximumFractionDigits !== undefined ? o.maximumFractionDigits : 3; }
    format(n) { const x = Number(n); return Number.isFinite(x) ? String(Number(x.toFixed(this.digits))) : String(x); }
  } };
}`;

await build({
  entryPoints: ["entry.js"],
  bundle: true,
  format: "iife",
  target: "es2022",
  minify: true,
  charset: "utf8",
  legalComments: "none",
  banner: { js: banner },
  outfile: "../dom.bundle.js",
});
