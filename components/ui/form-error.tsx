import { AlertCircle } from "lucide-react";

/** A form's server-side failure, in the server's own words; `label` names it for screen readers and tests. */
export function FormError({ label, children }: { label: string; children: string }) {
  return (
    <p
      role="alert"
      aria-label={label}
      className="flex items-start gap-2 rounded-md border border-danger/30 bg-danger-soft px-3 py-2.5 text-danger-soft-fg"
    >
      <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
      {children}
    </p>
  );
}
