// Shared by every screen: the element lookup, the one way to call the
// core (typed by the generated bindings at each call site), and an error's
// plain message.
import { invoke } from "@tauri-apps/api/core";

export const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
export const call = <T>(cmd: string, args?: Record<string, unknown>) => invoke<T>(cmd, args);
export const errText = (e: unknown) => (e as { message?: string })?.message ?? String(e);
