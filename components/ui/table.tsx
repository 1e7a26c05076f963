import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { cn } from "@/lib/client/cn";

/** A bordered, horizontally scrollable table with tabular numbers. */
export function Table({ className, label, ...props }: ComponentProps<"table"> & { label?: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border bg-surface shadow-xs">
      <table aria-label={label} className={cn("w-full border-collapse text-left tabular-nums", className)} {...props} />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b bg-surface-2/60", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-border", className)} {...props} />;
}

/** A header row of plain column names; `actions` adds the unnamed column of each row's buttons. */
export function HeaderRow({
  columns,
  actions,
  className,
  cellClassName,
}: {
  columns: readonly string[];
  actions?: boolean;
  className?: string;
  cellClassName?: string;
}) {
  const t = useTranslations("ui");
  return (
    <THead className={className}>
      <tr>
        {columns.map((c) => (
          <TH key={c} className={cellClassName}>
            {c}
          </TH>
        ))}
        {actions ? (
          <TH>
            <span className="sr-only">{t("actions")}</span>
          </TH>
        ) : null}
      </tr>
    </THead>
  );
}

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("transition-colors hover:bg-surface-2/50", className)} {...props} />;
}

export function TH({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn("h-10 whitespace-nowrap px-4 text-xs font-medium tracking-wide text-muted", className)}
      {...props}
    />
  );
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-3 align-middle", className)} {...props} />;
}
