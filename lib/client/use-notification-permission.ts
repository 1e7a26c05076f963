"use client";
// This browser's permission to show Orderdeck's notifications. The preference (which shops) is the user's, kept
// on the server; the permission is each browser's own, so a page says when the two disagree.
import { useCallback, useEffect, useState } from "react";

export type NotificationSupport = NotificationPermission | "unsupported" | "unknown";

export function useNotificationPermission() {
  // "unknown" until the page runs in the browser (the server cannot know).
  const [permission, setPermission] = useState<NotificationSupport>("unknown");
  useEffect(() => {
    setPermission(typeof Notification === "undefined" ? "unsupported" : Notification.permission);
  }, []);
  const request = useCallback(async (): Promise<NotificationSupport> => {
    if (typeof Notification === "undefined") return "unsupported";
    const answer =
      Notification.permission === "default" ? await Notification.requestPermission() : Notification.permission;
    setPermission(answer);
    return answer;
  }, []);
  return { permission, request };
}
