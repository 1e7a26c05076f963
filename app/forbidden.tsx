import { ShieldX } from "lucide-react";
import type { Metadata } from "next";
import { StatusPage } from "@/components/layout/status-page";

export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <StatusPage code="403" title="You're not allowed to open this page" icon={ShieldX}>
      Your role does not allow opening it. If you need it for your work, ask an admin to change your role.
    </StatusPage>
  );
}
