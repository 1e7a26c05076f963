import { cn } from "@/lib/client/cn";

/** The Orderdeck mark: a small deck of order cards. Same drawing as app/icon.svg. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={cn("size-7 shrink-0", className)}>
      <rect width="32" height="32" rx="8" fill="oklch(0.51 0.2 275)" />
      <rect x="10" y="6" width="15" height="18" rx="2.5" fill="#fff" opacity="0.35" />
      <rect x="8.5" y="8" width="15" height="18" rx="2.5" fill="#fff" opacity="0.6" />
      <rect x="7" y="10" width="15" height="17" rx="2.5" fill="#fff" />
      <rect x="10" y="14" width="9" height="1.8" rx="0.9" fill="oklch(0.51 0.2 275)" />
      <rect x="10" y="18" width="6" height="1.8" rx="0.9" fill="oklch(0.51 0.2 275)" opacity="0.55" />
      <rect x="10" y="22" width="7.5" height="1.8" rx="0.9" fill="oklch(0.51 0.2 275)" opacity="0.55" />
    </svg>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("flex items-center gap-2.5", className)}>
      <LogoMark />
      <span className="text-[15px] font-semibold tracking-tight">Orderdeck</span>
    </span>
  );
}
