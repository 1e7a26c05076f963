import { FileQuestion } from "lucide-react";
import type { Metadata } from "next";
import { StatusPage } from "@/components/layout/status-page";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <StatusPage standalone code="404" title="This page does not exist" icon={FileQuestion}>
      The link may be old, or the address mistyped.
    </StatusPage>
  );
}
