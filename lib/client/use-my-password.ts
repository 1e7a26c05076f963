"use client";
// Changing the signed-in user's own password (the current one asked for; their other sessions end).
import { useMutation } from "@tanstack/react-query";
import type { ChangePasswordInput } from "@/lib/domain/inputs";
import { api } from "./api";

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordInput) => api("POST /api/me/password", { body }) });
}
