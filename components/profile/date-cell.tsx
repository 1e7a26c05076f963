import { useLocale } from "next-intl";
import { TD } from "@/components/ui/table";
import { formatDate, formatExact, formatRelative } from "@/lib/client/format";

/** A table cell with a date (or relative time), the exact local time on hover, or a placeholder. */
export function DateCell({
  iso,
  empty = "—",
  relative = false,
}: {
  iso: string | null;
  empty?: string;
  relative?: boolean;
}) {
  const locale = useLocale();
  return (
    <TD className="whitespace-nowrap text-muted">
      {iso ? (
        <time dateTime={iso} title={formatExact(iso, locale)}>
          {relative ? formatRelative(iso, Date.now(), locale) : formatDate(iso, locale)}
        </time>
      ) : (
        empty
      )}
    </TD>
  );
}
