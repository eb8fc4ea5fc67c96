// Releasing new lessons: lesson folders under `stepstone-lessons/` on the
// stick, each checked by the core exactly as a terminal will check it, and
// released with one button. The pack is written back to the stick for the
// terminals, kept on this machine (which then teaches and re-grades the
// same exercises), and carried by every stick prepared later.
import type { OfferedPack } from "../bindings";
import { $, call, errText } from "../shared/ipc";

async function find() {
  $("lessons-result").textContent = "";
  let found: OfferedPack[] = [];
  try { found = await call<OfferedPack[]>("lessons_on_stick"); } catch (e) { $("lessons-result").textContent = errText(e); return; }
  if (!found.length) {
    $("lessons-list").replaceChildren(Object.assign(document.createElement("li"), { textContent: "No lesson folders in stepstone-lessons on the stick." }));
    return;
  }
  $("lessons-list").replaceChildren(...found.map((p) => {
    const li = document.createElement("li");
    if (p.problem) {
      li.dataset.status = "refused";
      li.textContent = `${p.folder}: cannot be released: ${p.problem}`;
      return li;
    }
    li.textContent = `${p.folder}: "${p.title}" (track ${p.track_id})${p.replaces ? ", replacing the version released before" : ""} `;
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = `Release "${p.title}"`;
    b.onclick = async () => {
      b.disabled = true;
      try {
        const r = await call<OfferedPack>("release_pack", { folder: p.folder });
        $("lessons-result").textContent = `Released "${r.title}". It is on this stick for the terminals, and on every stick you prepare from now on.`;
      } catch (e) {
        $("lessons-result").textContent = `Not released: ${errText(e)}`;
        b.disabled = false;
      }
    };
    li.appendChild(b);
    return li;
  }));
}

export function setUpLessons() {
  $("lessons-find").onclick = () => void find();
}
