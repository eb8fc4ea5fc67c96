// The screen switcher: one `<section id="screen-NAME">` inside <main> is on
// show at a time. Each UI registers the screen names it owns, so a later
// instructor UI can add its own without this file knowing any of them. What
// a screen contains, and when to switch, is left to the screens' modules.
import { $ } from "./ipc";

const registered = new Set<string>();

/** Adds screens that show() switches between; it hides each one it is not showing. */
export function registerScreens(names: readonly string[]): void {
  for (const n of names) registered.add(n);
}

/** Shows one registered screen and hides all the others. */
export function show(name: string): void {
  // The screen names are no longer a type, so a typo fails loudly here
  // instead of hiding every screen.
  if (!registered.has(name)) throw new Error(`unknown screen: ${name}`);
  for (const s of registered) $(`screen-${s}`).hidden = s !== name;
  document.body.dataset.screen = name;
  // Keyboard and screen-reader users start at the new screen, not on a
  // button that has just been hidden.
  $("main").focus();
}
