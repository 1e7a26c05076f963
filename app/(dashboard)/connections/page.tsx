import { KeyRound, Plug, RefreshCw, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page";
import { can } from "@/lib/domain/user";

export const metadata: Metadata = { title: "Connections" };

const PLATFORMS = ["ECOM.md", "MerchantPro", "Akinon Seller Center", "Retailys", "Akinon Omnitron"];

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

export default async function ConnectionsPage() {
  const user = await requirePageUser("connections:read");
  const admin = can(user.role, "connections:manage");
  return (
    <>
      <PageHeader title="Connections" description="The shops Orderdeck reads orders from." />
      <Card className="overflow-hidden">
        <EmptyState
          icon={Plug}
          title="No connections yet"
          description={
            <>
              A connection links Orderdeck to one shop on an e-commerce platform, so its orders show up in Orders and
              can be moved along from here. {admin ? "" : "Only admins can add connections."}
            </>
          }
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
          {PLATFORMS.map((name) => (
            <li key={name} className="rounded-full border bg-surface px-3 py-1 text-[13px] shadow-xs">
              {name}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
