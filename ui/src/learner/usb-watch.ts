// A stick mounted at the facility's USB folder: the core watches the folder
// and loads what the instructor sent; the window says what came of it (the
// #usb-news box) and refreshes what may have changed. The Load from USB
// buttons, which load on request, are in course.ts.
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { UsbImport } from "../bindings";
import { $, call } from "../shared/ipc";
import { refreshCourse, usbLine } from "./course";
import { loadProfiles } from "./profiles";

let listening: Promise<UnlistenFn> | null = null;

/** Wires the news box and starts listening for the core's `usb-import` events. */
export function setUpUsbWatch(): void {
  $("usb-news-ok").onclick = () => {
    $("usb-news").hidden = true;
    $("usb-news-list").textContent = "";
  };
  listening = listen<UsbImport>("usb-import", (event) => {
    const r = event.payload;
    // The instructor's workstation says what the watch loaded in its own
    // USB card (instructor/index.ts).
    if (document.body.dataset.role === "instructor") return;
    // Other terminals' saves (and this one's own, just written) are for the
    // instructor: not news here.
    if (r.status === "not_for_this_computer" || r.status === "nothing_new") return;
    $("usb-news-list").appendChild(usbLine(r));
    $("usb-news").hidden = false;
    if (r.status !== "loaded") return;
    // Refresh what may have changed, without moving the learner or the focus.
    if (document.body.dataset.screen === "profiles") void loadProfiles();
    if (document.body.dataset.screen === "course") void refreshCourse();
  });
}

/** Asks the core to start watching the folder. */
export function startUsbWatch(): void {
  if (!listening) throw new Error("setUpUsbWatch must run first");
  // Only once the window listens: a stick already in place is reported too.
  void listening.then(() => call("start_usb_watch")).catch(() => {});
}
