"use client";
// A platform's small mark (our own simple drawings in public/platforms/, not the vendors' logos: a colour and a
// shape each, distinguishable at 16 px, in both themes and for colour-blind readers), and its name beside it.
import { cn } from "@/lib/client/cn";
import { usePlatformMark } from "@/lib/client/platform-marks";
import type { PlatformId } from "@/lib/domain/platform";

interface PlatformIconProps {
  platform: PlatformId;
  className?: string;
  /** Decorative by default (the label is next to it); pass `labelled` where the mark stands alone. */
  labelled?: boolean;
}

export function PlatformIcon({ platform, className, labelled = false }: PlatformIconProps) {
  const mark = usePlatformMark(platform);
  return (
    // biome-ignore lint/performance/noImgElement: a 16-24 px SVG from public/; next/image would only add weight
    <img
      src={mark.icon}
      alt={labelled ? mark.label : ""}
      aria-hidden={labelled ? undefined : true}
      width={20}
      height={20}
      className={cn("size-5 shrink-0", className)}
    />
  );
}

/** The mark followed by the platform's name, e.g. in a table cell. */
export function PlatformName({ platform, className }: { platform: PlatformId; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 whitespace-nowrap", className)}>
      <PlatformIcon platform={platform} className="size-4" />
      {usePlatformMark(platform).label}
    </span>
  );
}

/** The platform's name alone. */
export function PlatformLabel({ platform }: { platform: PlatformId }) {
  return <>{usePlatformMark(platform).label}</>;
}
