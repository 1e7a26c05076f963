"use client";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ThemeProvider, useTheme } from "next-themes";
import { type CSSProperties, type ReactNode, useEffect, useState } from "react";
import { Toaster } from "sonner";
import { ApiClientError } from "@/lib/client/api";
import { rememberTimeZone } from "@/lib/client/time-zone";

/** An ended session (signed out elsewhere, role changed, deactivated) sends the user to sign in again. */
function onApiError(error: unknown) {
  if (error instanceof ApiClientError && error.status === 401 && !window.location.pathname.startsWith("/login")) {
    const here = window.location.pathname + window.location.search;
    window.location.assign(`/login?callbackUrl=${encodeURIComponent(here)}`);
  }
}

function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onApiError }),
    mutationCache: new MutationCache({ onError: onApiError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers will not change on a retry; network blips and 5xx might.
        retry: (count, error) =>
          !(error instanceof ApiClientError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

function ThemedToaster() {
  const { resolvedTheme } = useTheme();
  const t = useTranslations("common");
  return (
    <Toaster
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      closeButton
      containerAriaLabel={t("notifications")}
      toastOptions={{ closeButtonAriaLabel: t("closeNotification") }}
      // Toasts take the app's own surface, border and text colours in both themes.
      style={
        {
          "--normal-bg": "var(--surface)",
          "--normal-border": "var(--border-strong)",
          "--normal-text": "var(--fg)",
        } as CSSProperties
      }
    />
  );
}

export function Providers({ nonce, children }: { nonce?: string; children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  useEffect(rememberTimeZone, []);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <QueryClientProvider client={queryClient}>
        {children}
        <ThemedToaster />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
