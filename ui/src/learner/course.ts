// The course map (tracks, units, exercises and each one's state), Continue,
// and loading from and saving to a USB stick on request: Save to USB and
// Load from USB here, and the profiles screen's Load from USB, which shares
// importUsb. usbLine is also how usb-watch.ts lists what a stick brought.
// The exercise view's Back button is wired here too, since Back means "open
// the course" and exercise.ts imports no other screen. Opening an exercise
// is exercise.ts's.
import type { CourseMap, ExportReport, UsbImport } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { show } from "../shared/screens";
import { flushSave, openExercise } from "./exercise";
import { loadProfiles, resetIdle, setIdleSignOutMinutes } from "./profiles";

const STATE_TEXT = { not_started: "Not started", in_progress: "In progress", passed: "Passed" } as const;
let continueId: string | null = null;

export async function openCourse(): Promise<void> {
  await flushSave();
  renderCourse(await call<CourseMap>("course"));
  resetIdle();
  show("course");
}

/** Redraws the course map in place if the learner is still looking at it
 * (new lessons from a USB stick); never moves them or the focus. */
export async function refreshCourse(): Promise<void> {
  let map: CourseMap;
  try { map = await call<CourseMap>("course"); } catch { return; }
  if (document.body.dataset.screen === "course") renderCourse(map);
}

function renderCourse(map: CourseMap) {
  continueId = map.continue_id;
  setIdleSignOutMinutes(map.policy.idle_sign_out_minutes);
  $("continue").hidden = !continueId;
  const root = $("tracks");
  root.textContent = "";
  for (const t of map.tracks) {
    const sec = document.createElement("section");
    sec.className = "track";
    const h = document.createElement("h3");
    h.textContent = t.title;
    sec.appendChild(h);
    for (const u of t.units) {
      const uh = document.createElement("h4");
      uh.textContent = u.open ? u.title : `${u.title} (not open yet)`;
      sec.appendChild(uh);
      const ol = document.createElement("ol");
      ol.className = "exercises";
      for (const e of u.exercises) {
        const li = document.createElement("li");
        const b = document.createElement("button");
        b.type = "button";
        b.className = `exercise-link state-${e.state}`;
        b.dataset.id = e.id;
        const title = document.createElement("span");
        title.textContent = e.title;
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = STATE_TEXT[e.state];
        b.append(title, badge);
        // A closed unit's exercises show, but do not open (the core
        // refuses them too).
        b.disabled = !u.open;
        b.onclick = () => void openExercise(e.id);
        li.appendChild(b);
        ol.appendChild(li);
      }
      sec.appendChild(ol);
    }
    root.appendChild(sec);
  }
}

/** One file's outcome, as text. */
export function usbLine(r: UsbImport): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.status = r.status;
  li.textContent = r.file ? `${r.file}: ${r.message}` : r.message;
  return li;
}

/** Loads every bundle in a USB folder and lists, file by file, what came of it. */
async function importUsb(list: HTMLElement, button: HTMLElement): Promise<boolean> {
  list.textContent = "";
  button.setAttribute("disabled", "");
  let loaded = false;
  try {
    const results = await call<UsbImport[]>("import_usb");
    if (results.length === 0) {
      const li = document.createElement("li");
      li.textContent = "No Stepstone files found on the stick.";
      list.appendChild(li);
    }
    for (const r of results) {
      list.appendChild(usbLine(r));
      loaded ||= r.status === "loaded";
    }
  } catch (e) {
    const li = document.createElement("li");
    li.dataset.status = "refused";
    li.textContent = `Nothing loaded: ${errText(e)}`;
    list.appendChild(li);
  } finally {
    button.removeAttribute("disabled");
  }
  return loaded;
}

/** Wires Continue, the USB buttons and the exercise view's Back; call once. */
export function setUpCourse(): void {
  $("continue").onclick = () => { if (continueId) void openExercise(continueId); };

  $("usb-export").onclick = async () => {
    const result = $("usb-result");
    result.textContent = "";
    delete result.dataset.status;
    $("usb-progress").hidden = false;
    $("usb-export").setAttribute("disabled", "");
    try {
      await flushSave();
      const r = await call<ExportReport>("export_bundle");
      result.textContent = r.events === 0
        ? `Nothing new since your last save; a small file was still written to ${r.path}. You can remove the stick now.`
        : `Saved ${r.events} new change(s) to ${r.path}. You can remove the stick now.`;
      result.dataset.status = "ok";
    } catch (e) {
      result.textContent = `Not saved: ${errText(e)}`;
      result.dataset.status = "error";
    } finally {
      $("usb-progress").hidden = true;
      $("usb-export").removeAttribute("disabled");
    }
  };

  $("usb-import").onclick = async () => {
    // New lessons show up on the map at once.
    if (await importUsb($("usb-import-result"), $("usb-import"))) await openCourse();
  };
  $("usb-in-import").onclick = async () => {
    if (await importUsb($("usb-in-result"), $("usb-in-import"))) await loadProfiles();
  };
  $("back").onclick = () => void openCourse();
}
