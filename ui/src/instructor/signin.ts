// Instructor sign-in: the accounts on this machine, a passphrase form, and
// a new account (the machine's first by whoever sets it up; later ones only
// once an instructor is signed in, which the core enforces).
import { choiceButtons } from "../shared/choices";
import type { DeskStatus, Instructor } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { showDesk } from "./index";

let chosen: Instructor | null = null;
let onSignedIn: () => Promise<void> = async () => {};

export async function openSignIn() {
  const s = await call<DeskStatus>("desk_status");
  $("desk-facility").textContent = s.facility;
  $("desk-fingerprint").textContent = s.fingerprint;
  $("desk-accounts").replaceChildren(...choiceButtons(s.accounts, (a) => a.name, (a) => a.id, choose));
  $("desk-signin-form").hidden = true;
  const first = s.accounts.length === 0;
  $("desk-account-note").textContent = first
    ? "No instructor account yet: make the first one now. Later accounts can only be added by a signed-in instructor."
    : "Only an instructor who is signed in can add another account.";
  ($("desk-new-account") as HTMLDetailsElement).open = first;
  showDesk("desk-signin");
}

function choose(a: Instructor) {
  chosen = a;
  $("desk-signin-form").hidden = false;
  $("desk-signin-who").textContent = a.name;
  $("desk-signin-error").textContent = "";
  ($("desk-passphrase") as HTMLInputElement).value = "";
  $("desk-passphrase").focus();
}

export function setUpSignIn(then: () => Promise<void>) {
  onSignedIn = then;
  $("desk-signin-form").onsubmit = async (ev) => {
    ev.preventDefault();
    if (!chosen) return;
    const input = $("desk-passphrase") as HTMLInputElement;
    try {
      const who = await call<Instructor>("desk_sign_in", { id: chosen.id, passphrase: input.value });
      input.value = "";
      $("who").textContent = who.name;
      await onSignedIn();
    } catch (e) {
      $("desk-signin-error").textContent = errText(e);
    }
  };
  $("desk-account-form").onsubmit = async (ev) => {
    ev.preventDefault();
    const name = ($("desk-account-name") as HTMLInputElement).value;
    const pass = $("desk-account-pass") as HTMLInputElement;
    try {
      await call<Instructor>("desk_create_account", { name, passphrase: pass.value });
      pass.value = "";
      $("desk-account-error").textContent = "";
      await openSignIn();
    } catch (e) {
      $("desk-account-error").textContent = errText(e);
    }
  };
}
