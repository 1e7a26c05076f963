"use client";
import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { Skeleton } from "@/components/ui/skeleton";
import { HeaderRow, Table, TBody, TD, TR } from "@/components/ui/table";
import { useErrorText } from "@/lib/client/use-error-text";
import { tokenStatus, useRevokeToken, useTokens } from "@/lib/client/use-tokens";
import type { ApiTokenSummary } from "@/lib/domain/user";
import { DateCell } from "./date-cell";

// A status's words are `tokens.status.<status>`; a column's `tokens.columns.<column>`.
const STATUS_TONE: Record<ReturnType<typeof tokenStatus>, BadgeTone> = {
  active: "success",
  expired: "warning",
  revoked: "neutral",
};

const COLUMNS = ["name", "token", "created", "lastUsed", "expires", "status"] as const;

export function TokensList() {
  const query = useTokens();
  const [revoking, setRevoking] = useState<ApiTokenSummary | null>(null);
  const revoke = useRevokeToken();
  const t = useTranslations("tokens");
  const never = useTranslations("common")("never");
  const errorText = useErrorText();

  if (query.isError) return <LoadError title={t("loadFailed")} query={query} />;
  const { data: tokens, isPending } = query;
  if (!isPending && tokens.length === 0) {
    return (
      <div className="rounded-lg border border-dashed">
        <EmptyState icon={KeyRound} title={t("emptyTitle")} description={t("emptyDescription")} className="py-10" />
      </div>
    );
  }

  function confirmRevoke() {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: (token) => toast.success(t("revokedToast", { name: token.name })),
      onError: (err) => toast.error(errorText(err)),
      onSettled: () => setRevoking(null),
    });
  }

  return (
    <>
      <Table label={t("title")} aria-busy={isPending || undefined}>
        <HeaderRow columns={COLUMNS.map((column) => t(`columns.${column}`))} actions />
        <TBody>
          {isPending
            ? [0, 1].map((i) => (
                <tr key={i}>
                  {COLUMNS.map((c) => (
                    <TD key={c}>
                      <Skeleton className="h-4 w-20" />
                    </TD>
                  ))}
                  <TD />
                </tr>
              ))
            : tokens.map((token) => {
                const status = tokenStatus(token);
                return (
                  <TR key={token.id} className={status === "active" ? undefined : "text-muted"}>
                    <TD className="font-medium">{token.name}</TD>
                    <TD className="font-mono text-[13px] text-muted">{token.prefix}…</TD>
                    <DateCell iso={token.createdAt} />
                    <DateCell iso={token.lastUsedAt} empty={never} relative />
                    <DateCell iso={token.revokedAt ? null : token.expiresAt} />
                    <TD>
                      <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>
                    </TD>
                    <TD className="text-right">
                      {status === "active" ? (
                        <Button
                          variant="danger-ghost"
                          size="sm"
                          aria-label={t("revokeLabel", { name: token.name })}
                          onClick={() => setRevoking(token)}
                        >
                          {t("revoke")}
                        </Button>
                      ) : null}
                    </TD>
                  </TR>
                );
              })}
        </TBody>
      </Table>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={t("confirmTitle", { name: revoking?.name ?? "" })}
        description={<p>{t("confirmDescription")}</p>}
        confirmLabel={t("confirmRevoke")}
        pending={revoke.isPending}
        onConfirm={confirmRevoke}
      />
    </>
  );
}
