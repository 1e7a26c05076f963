"use client";
// One tab of the browser shows the notifications: the one holding the "orderdeck:notifier" Web Lock. The other
// tabs wait in the lock's queue, so when that tab closes the next one takes over by itself. Where Web Locks
// are missing every tab notifies (the notifications' tags still fold the copies into one).
import { useEffect, useState } from "react";

export function useNotifierLock(wanted: boolean): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    if (!("locks" in navigator)) {
      setHeld(true);
      return () => setHeld(false);
    }
    const abort = new AbortController();
    let release = () => {};
    navigator.locks
      .request("orderdeck:notifier", { signal: abort.signal }, () => {
        setHeld(true);
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch(() => {}); // aborted while waiting: this tab no longer wants it
    return () => {
      abort.abort();
      release();
      setHeld(false);
    };
  }, [wanted]);
  return held;
}
