// What the core says about itself at startup: the version, the facility's
// USB folder, the doctor's checks and a workspace that failed to open. Errors
// are the caller's: main.ts shows them in place of the version.
import type { AppInfo } from "../bindings";
import { $, call } from "./ipc";

/** Fills the header, the USB folder codes and the doctor list; returns the info. */
export async function loadInfo(): Promise<AppInfo> {
  const info = await call<AppInfo>("app_info");
  $("version").textContent = `version ${info.version}`;
  for (const id of ["usb-folder", "usb-in-folder"]) $(id).textContent = info.usb_folder;
  const list = $("doctor");
  list.textContent = "";
  for (const c of info.doctor.checks) {
    const li = document.createElement("li");
    li.className = c.found ? "found" : "missing";
    li.textContent = `${c.name}: ${c.found ? "found" : "missing"}`;
    li.title = c.detail;
    list.appendChild(li);
  }
  if (info.notice) {
    const n = $("notice");
    n.hidden = false;
    n.textContent = info.notice;
  }
  if (info.startup_error) {
    const b = $("startup-error");
    b.hidden = false;
    b.textContent = `Stepstone could not open your work: ${info.startup_error}`;
  }
  return info;
}
