// The instructor's workstation: the window a machine provisioned as the
// instructor's opens. Its screens are sign-in, the class (USB, grid, needs
// support), one learner, one exercise, the roster and the audit log; each
// lives in its own module here and talks to the core only through the
// `desk` commands, which the core refuses on a terminal and a terminal's
// window is not permitted to call. Names and code from terminals are shown
// as text, never as HTML.
import { listen } from "@tauri-apps/api/event";
import type { AppInfo, DeskStatus, TaskProgress, UsbImport } from "../bindings";
import { $, call } from "../shared/ipc";
import { registerScreens, show } from "../shared/screens";
import { openClass, setUpClass } from "./class";
import { setUpLearnerView } from "./learner";
import { setUpExerciseReport } from "./exercise";
import { openRoster, setUpRoster } from "./roster";
import { openCharts } from "./charts";
import { openAudit, setUpAudit } from "./audit";
import { openSignIn, setUpSignIn } from "./signin";

const DESK_SCREENS = ["desk-signin", "desk-class", "desk-learner", "desk-exercise", "desk-charts", "desk-roster", "desk-audit"] as const;

/** Shows a desk screen; the nav bar is there once someone is signed in. */
export function showDesk(name: (typeof DESK_SCREENS)[number]) {
  $("desk-nav").hidden = name === "desk-signin";
  show(name);
}

/** The header's status: notes waiting for a stick, re-grading done. */
export async function refreshStatus(): Promise<DeskStatus | null> {
  try {
    const s = await call<DeskStatus>("desk_status");
    $("desk-queued").textContent = s.queued_notes ? `${s.queued_notes} note(s) waiting for the next stick` : "";
    $("desk-regrade").textContent = s.to_regrade > s.regraded ? `Checking ${s.to_regrade - s.regraded} attempt(s) here…` : "";
    return s;
  } catch {
    return null;
  }
}

export async function startInstructor(info: AppInfo | null): Promise<void> {
  registerScreens(DESK_SCREENS);
  document.body.dataset.role = "instructor";
  $("sign-out").hidden = true;
  // The USB folder is watched from the first sign-in on, so what the
  // watch loads counts in the next Load summary (see Desk::summary_base).
  let watching = false;
  setUpSignIn(async () => {
    if (!watching) { watching = true; void call("start_usb_watch").catch(() => {}); }
    await openClass();
  });
  setUpClass();
  setUpLearnerView();
  setUpExerciseReport();
  setUpRoster();
  setUpAudit();
  $("desk-usb-folder").textContent = info?.usb_folder ?? "";
  $("nav-class").onclick = () => void openClass();
  $("nav-roster").onclick = () => void openRoster();
  $("nav-charts").onclick = () => void openCharts();
  $("nav-audit").onclick = () => void openAudit();
  $("desk-sign-out").onclick = async () => {
    await call("desk_sign_out");
    $("who").textContent = "";
    await openSignIn();
  };
  // Progress of the long tasks (load, prepare, re-grade), as the core sends it.
  await listen<TaskProgress>("desk-progress", (e) => {
    const p = e.payload;
    if (p.task === "regrade") {
      $("desk-regrade").textContent = p.done < p.total ? `Checking attempts here: ${p.done} of ${p.total}` : "";
      if (p.done >= p.total && document.body.dataset.screen === "desk-class") void openClass(true);
      return;
    }
    const bar = $<HTMLProgressElement>("desk-progress");
    bar.hidden = false;
    bar.max = Math.max(1, p.total);
    bar.value = p.done;
  });
  // A stick's bundles load by themselves too (the folder is watched).
  await listen<UsbImport>("usb-import", (e) => {
    const li = document.createElement("li");
    li.dataset.status = e.payload.status;
    li.textContent = `Loaded by itself from the stick: ${e.payload.file}: ${e.payload.message}`;
    $("desk-watch-news").appendChild(li);
    if (document.body.dataset.screen === "desk-class") void openClass(true);
  });
  await openSignIn();
  document.body.dataset.ready = "true";
}
