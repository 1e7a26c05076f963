import { ArrowRight, Plug } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** Before any shop is connected there is nothing to list: say so, and show admins where to start. */
export function NoConnections({ isAdmin }: { isAdmin: boolean }) {
  return (
    <Card>
      <EmptyState
        icon={Plug}
        title="No connections yet"
        description={
          isAdmin
            ? "Orders appear here once a shop is connected. Add a connection with the shop's API credentials to start."
            : "Orders appear here once an admin connects a shop. Ask your admin to add a connection."
        }
        action={
          isAdmin ? (
            <Link href="/connections" className={buttonClasses("primary")}>
              Go to Connections
              <ArrowRight aria-hidden />
            </Link>
          ) : null
        }
      />
    </Card>
  );
}
