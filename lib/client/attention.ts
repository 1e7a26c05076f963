// When someone last used this page (keyboard, pointer, touch, scroll), for the unattended mark on API requests
// (lib/domain/attention.ts). Loading the page counts as use: a person navigated to it.
import { UNATTENDED_AFTER_MS } from "../domain/attention";

let lastInput = Date.now();
let listening = false;

function listen(): void {
  if (listening || typeof window === "undefined") return;
  listening = true;
  const seen = () => {
    lastInput = Date.now();
  };
  for (const type of ["pointerdown", "keydown", "wheel", "touchstart"]) {
    window.addEventListener(type, seen, { capture: true, passive: true });
  }
}

/** True when nobody has used the page for UNATTENDED_AFTER_MS. */
export function pageUnattended(now = Date.now()): boolean {
  listen();
  return now - lastInput > UNATTENDED_AFTER_MS;
}
