"use client";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { Skeleton } from "@/components/ui/skeleton";
import { HeaderRow, Table, TBody, TD, TR } from "@/components/ui/table";
import type { ApiTokenSummary } from "@/lib/domain/user";
import { tokenStatus, useRevokeToken, useTokens } from "@/lib/client/use-tokens";
import { DateCell } from "./date-cell";

const STATUS: Record<ReturnType<typeof tokenStatus>, { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "success" },
  expired: { label: "Expired", tone: "warning" },
  revoked: { label: "Revoked", tone: "neutral" },
};

const COLUMNS = ["Name", "Token", "Created", "Last used", "Expires", "Status"];

export function TokensList() {
  const query = useTokens();
  const [revoking, setRevoking] = useState<ApiTokenSummary | null>(null);
  const revoke = useRevokeToken();

  if (query.isError) return <LoadError title="Could not load your tokens" query={query} />;
  const { data: tokens, isPending } = query;
  if (!isPending && tokens.length === 0) {
    return (
      <div className="rounded-lg border border-dashed">
        <EmptyState
          icon={KeyRound}
          title="No API tokens yet"
          description="Create one above when a script needs to call Orderdeck."
          className="py-10"
        />
      </div>
    );
  }

  function confirmRevoke() {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: (token) => toast.success(`Token "${token.name}" revoked`),
      onError: (err) => toast.error(err.message),
      onSettled: () => setRevoking(null),
    });
  }

  return (
    <>
      <Table label="API tokens" aria-busy={isPending || undefined}>
        <HeaderRow columns={COLUMNS} actions />
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
                    <DateCell iso={token.lastUsedAt} empty="Never" relative />
                    <DateCell iso={token.revokedAt ? null : token.expiresAt} />
                    <TD>
                      <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>
                    </TD>
                    <TD className="text-right">
                      {status === "active" ? (
                        <Button
                          variant="danger-ghost"
                          size="sm"
                          aria-label={`Revoke token ${token.name}`}
                          onClick={() => setRevoking(token)}
                        >
                          Revoke
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
        title={`Revoke the token “${revoking?.name ?? ""}”?`}
        description={<p>Anything using it stops working immediately. This cannot be undone.</p>}
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        onConfirm={confirmRevoke}
      />
    </>
  );
}
