import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatExact } from "@/lib/client/format";
import type { Order, OrderNote } from "@/lib/domain/order";
import { DetailSection } from "./detail-section";
import { formatMoney } from "./format";

/** Facts are strings; an adapter's ISO instant ("2026-11-24T10:47:39.000Z") reads better in local time. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** What only some platforms have: tags, notes, history, cancellation plans, the ERP flag, other facts. */
export function ExtrasSection({ order }: { order: Order }) {
  const t = useTranslations("order.extras");
  const locale = useLocale();
  const { tags, internalNotes, history, sentToErp, cancellationPlans, facts } = order.extras;
  const empty =
    !tags?.length &&
    !internalNotes?.length &&
    !history?.length &&
    sentToErp === undefined &&
    !cancellationPlans?.length &&
    !facts?.length;
  if (empty) return null;
  return (
    <DetailSection title={t("title")} className="od-print-hide">
      <div className="grid gap-5">
        {sentToErp !== undefined ? (
          <Part title={t("erp")}>
            <div>
              <Badge tone={sentToErp ? "success" : "warning"}>{t(sentToErp ? "sentToErp" : "notSentToErp")}</Badge>
            </div>
          </Part>
        ) : null}
        {tags?.length ? (
          <Part title={t("tags")}>
            <ul className="flex flex-wrap gap-1.5">
              {tags.map((tag) => (
                <li key={tag}>
                  <Badge>{tag}</Badge>
                </li>
              ))}
            </ul>
          </Part>
        ) : null}
        {facts?.length ? (
          <Part title={t("facts")}>
            <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-1.5">
              {facts.map((fact) => (
                <div key={`${fact.label}:${fact.value}`} className="contents">
                  <dt className="text-muted">{fact.label}</dt>
                  <dd className="[overflow-wrap:anywhere]">
                    {ISO_INSTANT.test(fact.value) ? (
                      <time dateTime={fact.value} title={formatExact(fact.value, locale)}>
                        {formatDateTime(fact.value, locale)}
                      </time>
                    ) : (
                      fact.value
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </Part>
        ) : null}
        {cancellationPlans?.length ? (
          <Part title={t("cancellationPlans")}>
            <ul className="grid gap-2">
              {cancellationPlans.map((plan) => (
                <li key={plan.id} className="rounded-md border px-3 py-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="warning">{plan.type}</Badge>
                    <span>{plan.status}</span>
                    {plan.refund ? (
                      <span className="ml-auto tabular-nums">
                        {t("refund", { amount: formatMoney(plan.refund, locale) })}
                      </span>
                    ) : null}
                  </div>
                  <p className="mt-1 text-xs text-muted">{t("plan", { count: plan.lineIds.length, id: plan.id })}</p>
                </li>
              ))}
            </ul>
          </Part>
        ) : null}
        {internalNotes?.length ? <Notes title={t("internalNotes")} notes={internalNotes} /> : null}
        {history?.length ? <Notes title={t("platformHistory")} notes={history} /> : null}
      </div>
    </DetailSection>
  );
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-2">
      <h3 className="text-xs font-medium tracking-wide text-muted uppercase">{title}</h3>
      {children}
    </div>
  );
}

function Notes({ title, notes }: { title: string; notes: OrderNote[] }) {
  const locale = useLocale();
  return (
    <Part title={title}>
      <ol className="grid gap-2">
        {notes.map((note, index) => (
          <li key={note.id ?? `${note.at}:${index}`} className="border-l-2 pl-3">
            <p className="[overflow-wrap:anywhere] whitespace-pre-line">{note.text}</p>
            {note.at || note.author ? (
              <p className="mt-0.5 text-xs text-muted">
                {note.author ? `${note.author}` : null}
                {note.author && note.at ? " · " : null}
                {note.at ? (
                  <time dateTime={note.at} title={formatExact(note.at, locale)}>
                    {formatDateTime(note.at, locale)}
                  </time>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Part>
  );
}
