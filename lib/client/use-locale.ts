"use client";
// Choosing the signed-in user's interface language: stored on the server, then the pages render again in it.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { Locale } from "@/lib/domain/locale";
import { api } from "./api";

export function useSetLocale() {
  const router = useRouter();
  return useMutation({
    mutationFn: (locale: Locale | null) => api("PUT /api/me/locale", { body: { locale } }),
    // Server components and the provider's messages come from the server: render the page again there.
    onSuccess: () => router.refresh(),
  });
}
