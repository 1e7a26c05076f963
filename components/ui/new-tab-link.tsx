import type { ReactNode } from "react";

interface NewTabLinkProps {
  /** Another site's page; without one, the content shows as plain text. */
  href: string | null | undefined;
  className?: string;
  /** The classes of the plain text when there is no link. */
  plainClassName?: string;
  children: ReactNode;
}

/** A link that opens another site in a new tab, without handing it this page (noopener) or its address. */
export function NewTabLink({ href, className, plainClassName, children }: NewTabLinkProps) {
  if (!href) return <span className={plainClassName}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}
