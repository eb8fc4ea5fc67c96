// The Stepstone window. It talks to the core only through typed Tauri
// commands (bindings.ts is generated from the Rust types) and shows every
// piece of program output and every name as text, never as HTML. The one
// exception is the lesson, which the core renders from Markdown and
// sanitises before it arrives here.
//
// This file only starts things: the screens live in learner/, what they
// share in shared/, the instructor's workstation in instructor/.
import type { AppInfo } from "./bindings";
import { $, errText } from "./shared/ipc";
import { setUpAppearance } from "./shared/appearance";
import { loadInfo } from "./shared/app-info";
import { setUpLearner, startLearner } from "./learner";
import { startInstructor } from "./instructor";

setUpAppearance();
// Wired before app_info is awaited: it runs the doctor (a `rustc --version`
// among other checks), and the profiles screen, on show from the start,
// must not have dead buttons or a form that reloads the page meanwhile.
setUpLearner();

void (async () => {
  let info: AppInfo | null = null;
  try { info = await loadInfo(); } catch (e) { $("version").textContent = `could not load: ${errText(e)}`; }
  // An instructor machine opens the instructor's workstation instead.
  if (info?.role === "instructor") await startInstructor(info);
  else await startLearner(info);
})();
