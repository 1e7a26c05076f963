// Five small platform marks (our own simple drawings, not the vendors' logos): a colour and a shape each, so
// they stay distinguishable at 16 px, in both themes and for colour-blind readers. Reused by the orders list.
import type { ReactNode } from "react";
import { cn } from "@/lib/client/cn";
import { PLATFORM_LABELS, type PlatformId } from "@/lib/domain/platform";

interface Mark {
  background: string;
  glyph: ReactNode;
}

const stroke = {
  fill: "none",
  stroke: "#fff",
  strokeWidth: 2.2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
} as const;

const MARKS: Record<PlatformId, Mark> = {
  // ECOM.md: an "E" of three bars.
  "ecom-md": {
    background: "#0e9f6e",
    glyph: <path fill="#fff" d="M7 6.5h10v2.6H9.6v1.6h6v2.6h-6v1.6H17v2.6H7z" />,
  },
  // MerchantPro: an "M" zigzag.
  merchantpro: {
    background: "#ea580c",
    glyph: <path {...stroke} d="M6.5 17V7.5l5.5 6.2 5.5-6.2V17" />,
  },
  // Akinon Seller Center: a storefront awning over a counter.
  "akinon-seller-center": {
    background: "#7c3aed",
    glyph: (
      <>
        <path fill="#fff" d="M6 7h12l1 3.2a2.3 2.3 0 0 1-4.4.9 2.3 2.3 0 0 1-5.2 0A2.3 2.3 0 0 1 5 10.2z" />
        <path fill="#fff" d="M7 13.6h10V18H7z" opacity="0.75" />
      </>
    ),
  },
  // Retailys: a shopping bag.
  retailys: {
    background: "#0284c7",
    glyph: (
      <>
        <path fill="#fff" d="M6.8 9.4h10.4l-.8 8.6H7.6z" />
        <path {...stroke} strokeWidth={1.8} d="M9.6 9.4V8.6a2.4 2.4 0 0 1 4.8 0v.8" />
      </>
    ),
  },
  // Akinon Omnitron: a ring with an orbiting dot (the back office behind every channel).
  "akinon-omnitron": {
    background: "#475569",
    glyph: (
      <>
        <circle {...stroke} cx="12" cy="12" r="4.6" />
        <circle fill="#fff" cx="16.3" cy="7.7" r="2" />
      </>
    ),
  },
};

interface PlatformIconProps {
  platform: PlatformId;
  className?: string;
  /** Decorative by default (the label is next to it); pass `labelled` where the mark stands alone. */
  labelled?: boolean;
}

export function PlatformIcon({ platform, className, labelled = false }: PlatformIconProps) {
  const mark = MARKS[platform];
  const label = PLATFORM_LABELS[platform];
  return (
    <svg
      viewBox="0 0 24 24"
      className={cn("size-5 shrink-0", className)}
      role={labelled ? "img" : undefined}
      aria-label={labelled ? label : undefined}
      aria-hidden={labelled ? undefined : true}
    >
      {labelled ? <title>{label}</title> : null}
      <rect width="24" height="24" rx="6" fill={mark.background} />
      {mark.glyph}
    </svg>
  );
}

/** The mark followed by the platform's name, e.g. in a table cell. */
export function PlatformName({ platform, className }: { platform: PlatformId; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 whitespace-nowrap", className)}>
      <PlatformIcon platform={platform} className="size-4" />
      {PLATFORM_LABELS[platform]}
    </span>
  );
}
