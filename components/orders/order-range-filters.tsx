"use client";
// "More filters": placed-at days (whole days in the browser's time zone), total range, currency, and whether
// Omnitron orders were sent to the ERP.
import type { ReactNode } from "react";
import { DebouncedInput } from "@/components/data-table/debounced-input";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { isoToLocalDay, localDayToIso, useIsClient } from "@/lib/client/dates";
import { ERP_STATES, type OrderListQuery } from "@/lib/domain/query";
import type { ListFilters } from "./use-order-list-url";

const AMOUNT = /^\d{1,12}(\.\d{1,4})?$/;
const CURRENCY = /^[A-Z]{3}$/;
const small = "h-8! text-[13px]";

interface Props {
  /** The section's id (the "More filters" button controls it); also the prefix of its controls' ids. */
  id: string;
  query: OrderListQuery;
  currencies: readonly string[];
  /** Offer "Sent to ERP" (some connection has an ERP flag). */
  erpFilter: boolean;
  onChange: (changes: Partial<ListFilters>) => void;
}

const ERP_LABELS: Record<(typeof ERP_STATES)[number], string> = { unsent: "Not yet sent", sent: "Sent" };

export function OrderRangeFilters({ id, query, currencies, erpFilter, onChange }: Props) {
  const isClient = useIsClient();
  // Days depend on the browser's time zone, so the inputs get their value only once in the browser.
  const from = isClient ? isoToLocalDay(query.from) : "";
  const to = isClient ? isoToLocalDay(query.to) : "";
  const timeZone = isClient ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  const backwards = Boolean(query.from && query.to && Date.parse(query.from) > Date.parse(query.to));

  return (
    <section id={id} aria-label="More filters" className="border-t pt-3">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <fieldset className="flex items-end gap-2" aria-describedby={`${id}-tz`}>
          <legend className="sr-only">Placed between</legend>
          <Labelled htmlFor={`${id}-from`} label="Placed from" className="w-36">
            <Input
              id={`${id}-from`}
              type="date"
              className={small}
              value={from}
              max={to || undefined}
              aria-describedby={`${id}-tz`}
              onChange={(e) => onChange({ from: localDayToIso(e.target.value, "start") })}
            />
          </Labelled>
          <Labelled htmlFor={`${id}-to`} label="Placed to" className="w-36">
            <Input
              id={`${id}-to`}
              type="date"
              className={small}
              value={to}
              min={from || undefined}
              aria-describedby={`${id}-tz`}
              onChange={(e) => onChange({ to: localDayToIso(e.target.value, "end") })}
            />
          </Labelled>
        </fieldset>
        <fieldset className="flex items-end gap-2">
          <legend className="sr-only">Order total between</legend>
          <Labelled htmlFor={`${id}-min`} label="Min total" className="w-24">
            <DebouncedInput
              id={`${id}-min`}
              inputMode="decimal"
              placeholder="0.00"
              className={small}
              value={query.minTotal ?? ""}
              isValid={(v) => AMOUNT.test(v)}
              onCommit={(v) => onChange({ minTotal: v || undefined })}
            />
          </Labelled>
          <Labelled htmlFor={`${id}-max`} label="Max total" className="w-24">
            <DebouncedInput
              id={`${id}-max`}
              inputMode="decimal"
              placeholder="Any"
              className={small}
              value={query.maxTotal ?? ""}
              isValid={(v) => AMOUNT.test(v)}
              onCommit={(v) => onChange({ maxTotal: v || undefined })}
            />
          </Labelled>
        </fieldset>
        <Labelled htmlFor={`${id}-currency`} label="Currency" className="w-20">
          <DebouncedInput
            id={`${id}-currency`}
            list={`${id}-currencies`}
            placeholder="Any"
            maxLength={3}
            autoComplete="off"
            className={`${small} uppercase placeholder:normal-case`}
            value={query.currency ?? ""}
            normalize={(v) => v.toUpperCase()}
            isValid={(v) => CURRENCY.test(v)}
            onCommit={(v) => onChange({ currency: v || undefined })}
          />
          <datalist id={`${id}-currencies`}>
            {currencies.map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </Labelled>
        {erpFilter ? (
          <Labelled htmlFor={`${id}-erp`} label="Sent to ERP" className="w-36">
            <Select
              id={`${id}-erp`}
              title="Akinon Omnitron's ERP queue (is_send); orders of platforms without an ERP flag are left out"
              value={query.erp ?? ""}
              onChange={(e) => onChange({ erp: (e.target.value || undefined) as ListFilters["erp"] })}
              className="[&_select]:h-8 [&_select]:text-[13px]"
            >
              <option value="">Any</option>
              {ERP_STATES.map((state) => (
                <option key={state} value={state}>
                  {ERP_LABELS[state]}
                </option>
              ))}
            </Select>
          </Labelled>
        ) : null}
      </div>
      <p id={`${id}-tz`} className="mt-2 text-xs text-muted">
        Dates are whole days in your time zone{timeZone ? ` (${timeZone})` : ""}, both included. Totals compare in each
        order's own currency.
        {backwards ? (
          <span className="ml-1 font-medium text-danger-soft-fg">
            “Placed from” is after “Placed to”, so nothing can match.
          </span>
        ) : null}
      </p>
    </section>
  );
}

function Labelled({
  htmlFor,
  label,
  className,
  children,
}: {
  htmlFor: string;
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <div className={`grid gap-1 ${className}`}>
      <label htmlFor={htmlFor} className="text-xs font-medium text-muted">
        {label}
      </label>
      {children}
    </div>
  );
}
