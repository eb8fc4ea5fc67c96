// Font size and contrast: the header's three buttons. They persist per
// terminal (localStorage), not per learner, so they hold before anyone signs
// in. The colours themselves are in style.css.
import { $ } from "./ipc";

const FONT_KEY = "stepstone.fontScale";
const CONTRAST_KEY = "stepstone.contrast";
let fontScale = 1;

function applyAppearance() {
  document.documentElement.style.setProperty("--scale", String(fontScale));
  const hc = localStorage.getItem(CONTRAST_KEY) === "high";
  document.documentElement.classList.toggle("high-contrast", hc);
  $("contrast").setAttribute("aria-pressed", String(hc));
}

/** Applies the stored appearance and wires the buttons that change it. */
export function setUpAppearance(): void {
  fontScale = Number(localStorage.getItem(FONT_KEY) ?? "1");
  $("font-up").onclick = () => { fontScale = Math.min(2, fontScale + 0.125); localStorage.setItem(FONT_KEY, String(fontScale)); applyAppearance(); };
  $("font-down").onclick = () => { fontScale = Math.max(0.75, fontScale - 0.125); localStorage.setItem(FONT_KEY, String(fontScale)); applyAppearance(); };
  $("contrast").onclick = () => {
    localStorage.setItem(CONTRAST_KEY, localStorage.getItem(CONTRAST_KEY) === "high" ? "normal" : "high");
    applyAppearance();
  };
  applyAppearance();
}
