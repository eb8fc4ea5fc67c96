// Some facilities run the kiosk session with LANG=C, and WebKit then
// reports the language "C", which Intl refuses: a library that formats
// numbers with navigator.language (uPlot does, as it loads) would throw and
// take the screen down with it. Such a machine reports "en-US" instead.
// Imported before anything that formats numbers.
try {
  new Intl.NumberFormat(navigator.language);
} catch {
  Object.defineProperty(navigator, "language", { get: () => "en-US" });
  Object.defineProperty(navigator, "languages", { get: () => ["en-US"] });
}
export {};
