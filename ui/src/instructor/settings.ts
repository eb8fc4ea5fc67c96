// The class settings terminals get on the next stick: which units are
// open, whether a solution shows only after a pass, and the idle sign-out.
// Left untouched, a terminal keeps the facility's own policy.json. The
// core checks every value and records the change in the audit log.
import type { ClassGrid, ClassPolicy } from "../bindings";
import { $, call, errText } from "../shared/ipc";

/** Fills the form from the saved settings and the course's units. */
export async function loadSettings(g: ClassGrid) {
  let p: ClassPolicy;
  try { p = await call<ClassPolicy>("class_policy"); } catch (e) { $("policy-result").textContent = errText(e); return; }
  const boxes = g.all_units.map(([id, title]) => {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = id;
    box.checked = !p.closed_units.includes(id);
    label.append(box, document.createTextNode(` ${title}`));
    return label;
  });
  $("policy-units").replaceChildren(...boxes);
  ($("policy-solutions") as HTMLInputElement).checked = p.solution_after_pass ?? true;
  ($("policy-idle") as HTMLInputElement).value = p.idle_sign_out_minutes !== null ? String(p.idle_sign_out_minutes) : "";
}

export function setUpSettings() {
  $("policy-form").onsubmit = async (ev) => {
    ev.preventDefault();
    const closed = [...$("policy-units").querySelectorAll<HTMLInputElement>("input[type=checkbox]")].filter((b) => !b.checked).map((b) => b.value);
    const idle = ($("policy-idle") as HTMLInputElement).value;
    const policy: ClassPolicy = {
      closed_units: closed,
      solution_after_pass: ($("policy-solutions") as HTMLInputElement).checked,
      idle_sign_out_minutes: idle ? Number(idle) : null,
    };
    try {
      await call("set_class_policy", { policy });
      $("policy-result").textContent = "Saved. The terminals get these settings on the next stick you prepare.";
    } catch (e) {
      $("policy-result").textContent = `Not saved: ${errText(e)}`;
    }
  };
}
