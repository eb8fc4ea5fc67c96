// The profiles screen: who is learning on this computer, the PIN form, the
// new-learner form, signing in and out, and the idle sign-out. Where a
// learner goes after signing in is passed to setUpProfiles (index.ts passes
// openCourse), so this module does not import course.ts, which imports it.
// The screen's Load from USB card is wired in course.ts and its trust card
// in trust-keys.ts.
import { choiceButtons } from "../shared/choices";
import type { Student } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { show } from "../shared/screens";
import { closeExercise, flushSave } from "./exercise";

/** Sign out after this long without a key press or click (policy.json). */
let idleSignOutMs = 15 * 60_000;
let chosen: Student | null = null;
let afterSignIn: () => Promise<void> = async () => {};

export async function loadProfiles(): Promise<void> {
  let students: Student[] = [];
  try { students = await call<Student[]>("list_students"); } catch (e) { $("pin-error").textContent = errText(e); }
  $("profiles").replaceChildren(...choiceButtons(students, (s) => s.display_name, (s) => s.id, choose));
}

function choose(s: Student) {
  chosen = s;
  $("pin-form").hidden = false;
  $("pin-title").textContent = `Hello, ${s.display_name}`;
  $("pin-error").textContent = "";
  ($("pin") as HTMLInputElement).value = "";
  $("pin").focus();
}

function signedIn(s: Student) {
  $("who").textContent = s.display_name;
  $("sign-out").hidden = false;
  ($("pin") as HTMLInputElement).value = "";
  void afterSignIn();
}

async function signOut() {
  await flushSave();
  await call("sign_out");
  closeExercise();
  $("who").textContent = "";
  $("sign-out").hidden = true;
  $("pin-form").hidden = true;
  await loadProfiles();
  show("profiles");
}

// Idle sign-out protects a shared terminal when a learner walks away.
let idleTimer: number | undefined;
/** Restarts the idle countdown; does nothing while no one is signed in. */
export function resetIdle(): void {
  window.clearTimeout(idleTimer);
  if ($("sign-out").hidden) return;
  idleTimer = window.setTimeout(() => void signOut(), idleSignOutMs);
}

/** The facility's policy, which arrives with the course map. */
export function setIdleSignOutMinutes(minutes: number): void {
  idleSignOutMs = minutes * 60_000;
}

/** Wires the forms, Sign out and the idle watch; call once. */
export function setUpProfiles(next: () => Promise<void>): void {
  afterSignIn = next;

  $("pin-form").onsubmit = async (ev) => {
    ev.preventDefault();
    if (!chosen) return;
    const pin = ($("pin") as HTMLInputElement).value;
    try {
      const s = await call<Student>("sign_in", { studentId: chosen.id, pin });
      signedIn(s);
    } catch (e) {
      $("pin-error").textContent = errText(e);
    }
  };

  $("new-form").onsubmit = async (ev) => {
    ev.preventDefault();
    const name = ($("new-name") as HTMLInputElement).value;
    const pin = ($("new-pin") as HTMLInputElement).value;
    try {
      const s = await call<Student>("create_student", { name, pin });
      await call<Student>("sign_in", { studentId: s.id, pin });
      ($("new-pin") as HTMLInputElement).value = "";
      signedIn(s);
    } catch (e) {
      $("new-error").textContent = errText(e);
    }
  };

  $("sign-out").onclick = () => void signOut();
  for (const ev of ["keydown", "pointerdown"]) document.addEventListener(ev, resetIdle, { passive: true });
}
