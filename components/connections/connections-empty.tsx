import { KeyRound, Plug, RefreshCw, ShieldCheck } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { usePlatformMarks } from "@/lib/client/platform-marks";
import { PlatformName } from "./platform-icon";

const FACTS = [
  {
    icon: KeyRound,
    title: "One set of credentials per shop",
    text: "An admin enters the shop's API credentials once.",
  },
  {
    icon: ShieldCheck,
    title: "Encrypted, never in the browser",
    text: "Credentials are encrypted at rest and used only by the server.",
  },
  {
    icon: RefreshCw,
    title: "The platform stays the source of truth",
    text: "Orders are read and updated live through its API.",
  },
];

/** No connections yet: what a connection is, who can add one, and the platforms Orderdeck speaks to. */
export function ConnectionsEmpty({ admin, action }: { admin: boolean; action: ReactNode }) {
  const platforms = usePlatformMarks();
  return (
    <>
      <Card className="overflow-hidden">
        <EmptyState
          icon={Plug}
          title="No connections yet"
          description={
            <>
              A connection links Orderdeck to one shop on an e-commerce platform, so its orders show up in Orders and
              can be moved along from here.{" "}
              {admin
                ? "Add the first one with the shop's API credentials."
                : "Only admins can add connections; ask one to connect your shops."}
            </>
          }
          action={action}
        />
        <div className="grid gap-px border-t bg-border sm:grid-cols-3">
          {FACTS.map(({ icon: Icon, title, text }) => (
            <div key={title} className="bg-surface p-5">
              <Icon aria-hidden className="size-4 text-accent-soft-fg" />
              <h3 className="mt-2.5 font-medium">{title}</h3>
              <p className="mt-1 text-muted">{text}</p>
            </div>
          ))}
        </div>
      </Card>
      <section aria-labelledby="platforms" className="mt-8">
        <h2 id="platforms" className="text-[13px] font-medium text-muted">
          Supported platforms
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {platforms.map(({ id }) => (
            <li key={id} className="rounded-full border bg-surface py-1 pr-3 pl-1.5 text-[13px] shadow-xs">
              <PlatformName platform={id} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
