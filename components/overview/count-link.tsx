// A count in a chart's table that opens the order list with the same filter; a zero is plain text.
import { useLocale } from "next-intl";
import Link from "next/link";
import { formatCount } from "./format";

export function CountLink({ count, href }: { count: number; href: string }) {
  const locale = useLocale();
  if (count === 0) return <span className="text-muted">0</span>;
  return (
    <Link href={href} className="text-accent-soft-fg underline-offset-2 hover:underline">
      {formatCount(count, locale)}
    </Link>
  );
}
