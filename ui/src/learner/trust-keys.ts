// The profiles screen's "Trust another instructor machine" card: lists the
// instructor key files on the facility's stick and trusts one only when the
// fingerprint typed in (read off the instructor's machine) matches. The
// file's own fingerprint is never shown here, so it cannot just be copied.
import type { OfferedKey } from "../bindings";
import { $, call, errText } from "../shared/ipc";

export function setUpTrustKeys(): void {
  $("keys-find").onclick = async () => {
    const list = $("keys-list");
    const result = $("keys-result");
    list.textContent = "";
    result.textContent = "";
    delete result.dataset.status;
    let keys: OfferedKey[] = [];
    try {
      keys = await call<OfferedKey[]>("offered_instructor_keys");
    } catch (e) {
      result.textContent = errText(e);
      result.dataset.status = "error";
      return;
    }
    if (keys.length === 0) {
      result.textContent = "No new instructor key files on the stick.";
      result.dataset.status = "none";
    }
    for (const k of keys) {
      const li = document.createElement("li");
      li.className = "offered-key";
      li.dataset.file = k.file;
      const what = document.createElement("p");
      what.textContent = `${k.file}: instructor machine ${k.device_id}`;
      const id = `fp-${keys.indexOf(k)}`;
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = "Type the fingerprint the instructor's machine shows";
      const input = document.createElement("input");
      input.id = id;
      input.type = "text";
      input.autocomplete = "off";
      input.spellcheck = false;
      const trust = document.createElement("button");
      trust.type = "button";
      trust.textContent = "Trust this instructor machine";
      trust.onclick = async () => {
        try {
          const t = await call<OfferedKey>("trust_instructor", { file: k.file, fingerprint: input.value });
          result.textContent = `Trusted: ${t.device_id} (${t.fingerprint ?? ""}). Its notes, profiles and lessons will load here.`;
          result.dataset.status = "ok";
          li.remove();
        } catch (e) {
          result.textContent = `Not trusted: ${errText(e)}`;
          result.dataset.status = "error";
        }
      };
      li.append(what, label, input, trust);
      list.appendChild(li);
    }
  };
}
