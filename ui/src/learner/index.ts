// The learner's window: its four screens, wired and then started. The
// screens' modules import one another in one direction only (usb-watch →
// course → profiles → exercise); the one step back, from signing in to the
// course map, is handed to setUpProfiles here. Appearance and the startup
// info are main.ts's, as they are not the learner's alone.
import type { AppInfo } from "../bindings";
import { registerScreens, show } from "../shared/screens";
import { openCourse, setUpCourse } from "./course";
import { setUpExercise } from "./exercise";
import { setUpPad } from "./pad";
import { loadProfiles, setUpProfiles } from "./profiles";
import { setUpTrustKeys } from "./trust-keys";
import { setUpUsbWatch, startUsbWatch } from "./usb-watch";

const LEARNER_SCREENS = ["profiles", "course", "exercise", "pad"] as const;

/** Wires every learner screen's buttons, makes the editors and starts
 * listening for USB news. Synchronous, so main.ts can run it before waiting
 * for app_info: the profiles screen is already on show by then. */
export function setUpLearner(): void {
  registerScreens(LEARNER_SCREENS);
  setUpProfiles(openCourse);
  setUpCourse();
  setUpTrustKeys();
  setUpExercise();
  setUpPad();
  setUpUsbWatch();
}

/** Shows who can sign in and starts the USB watch; the window is then ready.
 * The info (null if app_info failed) is not used by the learner screens yet;
 * it is passed so that needing it later does not mean a second app_info. */
export async function startLearner(_info: AppInfo | null): Promise<void> {
  await loadProfiles();
  show("profiles");
  startUsbWatch();
  document.body.dataset.ready = "true";
}
