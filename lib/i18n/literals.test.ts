// The English-literal check (issue #15): no string a user reads is written in components/ or app/ (API routes
// and tests aside) instead of coming from the catalogues. literals-scan.ts finds them with the TypeScript
// compiler's parser; literals-allowed.ts names, with reasons, what stays as written (product and platform names,
// code-like strings). Each finding prints as `file:line  "text"`; a value in a template shows as {…}.
// Run it before it is enforced with: I18N_LITERALS=1 npx vitest run lib/i18n/literals.test.ts
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Finding, scanFiles } from "./literals-scan";

/** Turned on by the lead once every helper's translations are merged; until then the check runs on demand. */
const ENFORCED = true;

/** Every .ts/.tsx of components/ and app/ but tests, declarations and the API routes (English for integrators). */
function sourceFiles(root: string): string[] {
  return ["components", "app"].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.|\.d\.ts$/.test(file))
      .filter((file) => !(dir === "app" && file.startsWith("api/")))
      .map((file) => path.join(root, dir, file)),
  );
}

const listing = (findings: readonly Finding[]) => findings.map((f) => `${f.file}:${f.line}  "${f.text}"`).join("\n");

/** Findings per folder (components/orders, app/(dashboard)…), most first. */
function perFolder(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const { file } of findings) {
    const folder = file.split("/").slice(0, 2).join("/");
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([folder, count]) => `${String(count).padStart(5)}  ${folder}`)
    .join("\n");
}

const SAMPLE = `"use client";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

export const metadata = { title: "Orders", description: "Every order of every shop" };
const SORTS = { placed_desc: "Newest first", total_asc: "Lowest total" };
const COLUMNS = [{ id: "customer", header: "Customer" }];

export function Sample({ busy, count, name }: { busy: boolean; count: number; name: string }) {
  const t = useTranslations("orders");
  if (name === "Some Name") toast.success("Saved", { description: \`\${count} orders saved\` });
  toast.error(t("failed"), { description: t("failedHint") });
  document.title = \`Order \${name} · Orderdeck\`;
  new Notification("New order", { body: t("body"), tag: "order-new" });
  if (!confirm("Delete it?")) return null;
  return (
    <div className="flex items-center" data-state="Open" title="Close panel" aria-label={busy ? "Saving…" : t("save")}>
      Hello there
      {busy && "Working…"}
      {t("done")}
      <Field label="Name" emptyText={\`No \${name} yet\`} copied="Copied to the clipboard" placeholder="https://shop.example.com" />
      <span>Orderdeck</span> — {count} / {count} <Badge variant="secondary" aria-labelledby="orders-title" />
      <p>{t.rich("intro", { b: (chunks) => <b>{chunks}</b> })}</p>
    </div>
  );
}
`;

describe("the literal scanner", () => {
  it("finds every kind of user-visible literal, and nothing of code's own or allowed", () => {
    const root = mkdtempSync(path.join(tmpdir(), "orderdeck-literals-"));
    writeFileSync(
      path.join(root, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { jsx: "react-jsx", noEmit: true, types: [] }, include: ["*.tsx"] }),
    );
    writeFileSync(path.join(root, "sample.tsx"), SAMPLE);
    const found = scanFiles(root, [path.join(root, "sample.tsx")]).map(({ line, text }) => `${line}  ${text}`);
    expect(found).toEqual([
      "5  Orders",
      "5  Every order of every shop",
      "6  Newest first",
      "6  Lowest total",
      "7  Customer",
      "11  Saved",
      "11  {…} orders saved",
      "13  Order {…} · Orderdeck",
      "14  New order",
      "15  Delete it?",
      "17  Close panel",
      "17  Saving…",
      "18  Hello there",
      "19  Working…",
      "21  Name",
      "21  No {…} yet",
      "21  Copied to the clipboard",
    ]);
  });
});

describe.skipIf(!ENFORCED && !process.env.I18N_LITERALS)("components/ and app/", () => {
  it("show no English literal outside the catalogues", () => {
    const root = process.cwd();
    const findings = scanFiles(root, sourceFiles(root));
    const report = `${findings.length} English literal(s) outside the catalogues:\n${listing(findings)}\n\nPer folder:\n${perFolder(findings)}`;
    if (findings.length > 0) console.log(report);
    expect(findings.length, report).toBe(0);
  }, 120_000);
});
