"use client";
// "More filters": placed-at days (whole days in the browser's time zone), total range, currency, and whether
// Omnitron orders were sent to the ERP.
import { useTranslations } from "next-intl";
import { DayRangeInputs, DayRangeNote } from "@/components/data-table/day-range";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { isAmount, isCurrency } from "@/lib/client/order-list-search";
import { ERP_STATES, type ErpState } from "@/lib/domain/query-rules";
import type { OnFilterChange } from "./order-filters";
import type { ListFilters } from "./use-order-list-url";

const small = "h-8 text-[13px]";
/** Typed text the list cannot use yet (it is left out of the list until it can). */
const invalid = (text: string | null, valid: (text: string) => boolean) =>
  text && !valid(text.trim()) ? true : undefined;

interface Props {
  /** The section's id (the "More filters" button controls it); also the prefix of its notes' ids. */
  id: string;
  filters: ListFilters;
  currencies: readonly string[];
  /** Offer "Sent to ERP" (some connection has an ERP flag). */
  erpFilter: boolean;
  onChange: OnFilterChange;
}

export function OrderRangeFilters({ id, filters, currencies, erpFilter, onChange }: Props) {
  const t = useTranslations("filters");
  const amount = (key: "minTotal" | "maxTotal", label: string, placeholder: string) => (
    <Field compact label={label} className="w-24">
      {(control) => (
        <Input
          {...control}
          inputMode="decimal"
          placeholder={placeholder}
          className={small}
          value={filters[key] ?? ""}
          aria-invalid={invalid(filters[key], isAmount)}
          onChange={(e) => onChange({ [key]: e.target.value || null }, { typing: true })}
        />
      )}
    </Field>
  );

  return (
    <section id={id} aria-label={t("more")} className="border-t pt-3">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <fieldset className="flex items-end gap-2" aria-describedby={`${id}-tz`}>
          <legend className="sr-only">{t("placedBetween")}</legend>
          <DayRangeInputs
            id={id}
            range={filters}
            labels={{ from: t("placedFrom"), to: t("placedTo") }}
            onChange={onChange}
            compact
            fieldClassName="w-36"
            inputClassName={small}
          />
        </fieldset>
        <fieldset className="flex items-end gap-2">
          <legend className="sr-only">{t("totalBetween")}</legend>
          {/* "0.00" as the filter takes it (a dot, whatever the language), not a formatted number. */}
          {amount("minTotal", t("minTotal"), "0.00")}
          {amount("maxTotal", t("maxTotal"), t("anyTotal"))}
        </fieldset>
        <Field compact label={t("currency")} className="w-20">
          {(control) => (
            <>
              <Input
                {...control}
                list={`${id}-currencies`}
                placeholder={t("anyCurrency")}
                maxLength={3}
                autoComplete="off"
                className={`${small} uppercase placeholder:normal-case`}
                value={filters.currency ?? ""}
                aria-invalid={invalid(filters.currency, isCurrency)}
                onChange={(e) => onChange({ currency: e.target.value.toUpperCase() || null }, { typing: true })}
              />
              <datalist id={`${id}-currencies`}>
                {currencies.map((code) => (
                  <option key={code} value={code} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        {erpFilter ? (
          <Field compact label={t("erp")} className="w-36">
            {(control) => (
              <Select
                {...control}
                title={t("erpHint")}
                value={filters.erp ?? ""}
                onChange={(e) => onChange({ erp: (e.target.value || null) as ErpState | null })}
                className="[&_select]:h-8 [&_select]:text-[13px]"
              >
                <option value="">{t("anyErp")}</option>
                {ERP_STATES.map((state) => (
                  <option key={state} value={state}>
                    {t(`erpState.${state}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
      </div>
      <DayRangeNote
        id={id}
        range={filters}
        note={(timeZone) => (timeZone ? t("dateNote", { timeZone }) : t("dateNoteNoZone"))}
        backwards={t("datesBackwards")}
      />
    </section>
  );
}
