"use client";
import { Package } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AvailableAction } from "@/lib/domain/action";
import type { Order, OrderLine } from "@/lib/domain/order";
import { ActionButton } from "./action-button";
import { DetailSection } from "./detail-section";
import { formatMoney, formatRate } from "./format";
import type { ActionRunner } from "./use-action-runner";
import { NewTabLink } from "@/components/ui/new-tab-link";

interface Props {
  order: Order;
  actions: AvailableAction[];
  platformLabel: string;
  runner: ActionRunner;
}

export function LineItemsSection({ order, actions, platformLabel, runner }: Props) {
  const t = useTranslations("order.items");
  const locale = useLocale();
  const addItem = actions.find((action) => action.type === "add-item");
  const byLine = new Map<string, AvailableAction[]>();
  for (const action of actions) {
    if (action.lineId) byLine.set(action.lineId, [...(byLine.get(action.lineId) ?? []), action]);
  }
  const hasStatus = order.lines.some((line) => line.status);
  const common = { order, platformLabel, runner };
  return (
    <DetailSection
      title={t("title", { count: order.lines.length })}
      flush
      actions={addItem ? <ActionButton action={addItem} size="sm" {...common} /> : null}
    >
      {order.lines.length === 0 ? (
        <p className="px-5 pb-5 text-muted">{t("none")}</p>
      ) : (
        <div className="od-print-items -mb-px [&>div]:rounded-none [&>div]:border-x-0 [&>div]:shadow-none">
          <Table label={t("table")} className="[&_td]:px-3 [&_th]:px-3 [&_td:first-child]:pl-5 [&_th:first-child]:pl-5">
            <THead>
              <tr>
                <TH>{t("item")}</TH>
                <TH>{t("skuEan")}</TH>
                <TH className="text-right">{t("quantity")}</TH>
                <TH className="text-right">{t("unitPrice")}</TH>
                <TH className="text-right">{t("tax")}</TH>
                <TH className="text-right">{t("total")}</TH>
                {hasStatus ? <TH>{t("status")}</TH> : null}
              </tr>
            </THead>
            <TBody>
              {order.lines.map((line) => (
                <TR key={line.id} aria-label={line.name}>
                  <TD className="min-w-52">
                    <div className="flex items-center gap-3">
                      <LineImage line={line} />
                      <div className="min-w-0">
                        <NewTabLink
                          href={line.productUrl}
                          className="font-medium hover:underline"
                          plainClassName="font-medium"
                        >
                          {line.name}
                        </NewTabLink>
                        {line.variant ? <div className="text-xs text-muted">{line.variant}</div> : null}
                        {byLine.has(line.id) ? (
                          // Per-line actions sit under the item's name: the row stays narrow enough for phones.
                          <div className="od-print-hide mt-1.5 -ml-2 flex flex-wrap gap-1">
                            {(byLine.get(line.id) ?? []).map((action) => (
                              <ActionButton
                                key={action.key}
                                action={action}
                                line={line}
                                size="sm"
                                variant={action.destructive ? "danger-ghost" : "ghost"}
                                {...common}
                              />
                            ))}
                          </div>
                        ) : null}
                      </div>
                    </div>
                  </TD>
                  <TD className="whitespace-nowrap font-mono text-xs">
                    <div>{line.sku ?? "—"}</div>
                    {line.ean ? <div className="text-muted">{line.ean}</div> : null}
                  </TD>
                  <TD className="od-print-qty text-right font-medium">{line.quantity}</TD>
                  <TD className="whitespace-nowrap text-right">{formatMoney(line.unitPrice, locale)}</TD>
                  <TD className="whitespace-nowrap text-right text-muted">
                    <div>{formatRate(line.taxRate, locale)}</div>
                    {line.taxAmount ? <div className="text-xs">{formatMoney(line.taxAmount, locale)}</div> : null}
                  </TD>
                  <TD className="whitespace-nowrap text-right font-medium">{formatMoney(line.total, locale)}</TD>
                  {hasStatus ? <TD>{line.status ? <OrderStatusBadge status={line.status} /> : "—"}</TD> : null}
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      )}
    </DetailSection>
  );
}

function LineImage({ line }: { line: OrderLine }) {
  const [failed, setFailed] = useState(false);
  if (!line.imageUrl || failed) {
    return (
      <span className="flex size-10 shrink-0 items-center justify-center rounded-md bg-surface-2 text-muted">
        <Package aria-hidden className="size-4" />
      </span>
    );
  }
  return (
    // biome-ignore lint/performance/noImgElement: product images come from each platform's own CDN, not ours
    <img
      src={line.imageUrl}
      alt=""
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
      className="size-10 shrink-0 rounded-md border object-cover"
    />
  );
}
