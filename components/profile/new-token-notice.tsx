"use client";
import { TriangleAlert } from "lucide-react";
import { SecretField } from "@/components/auth/secret-field";
import { Button } from "@/components/ui/button";

/** The freshly created token's value, shown this one time only. */
export function NewTokenNotice({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  return (
    <section aria-label="Token created" className="rounded-lg border border-warning-soft-fg/30 bg-warning-soft/60 p-4">
      <p className="flex items-start gap-2 font-medium text-warning-soft-fg">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        Copy the token “{name}” now: it will not be shown again.
      </p>
      <SecretField id="new-token" label="New token" value={token} copied="Token copied to the clipboard" />
      <div className="mt-3 flex justify-end">
        <Button variant="ghost" size="sm" onClick={onDone}>
          I have stored it
        </Button>
      </div>
    </section>
  );
}
