"use client";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { DayRangeInputs, DayRangeNote } from "@/components/data-table/day-range";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { AuditValues } from "@/lib/client/audit-search";
import { cn } from "@/lib/client/cn";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/domain/audit";
import type { UserSummary } from "@/lib/domain/user";
import type { AuditFilterChange } from "./use-audit-url";

interface Props {
  filters: AuditValues;
  users: UserSummary[] | undefined;
  onChange: (changes: AuditFilterChange) => void;
  onClear: () => void;
  hasFilters: boolean;
}

export function AuditFilters({ filters, users, onChange, onClear, hasFilters }: Props) {
  const t = useTranslations("audit");
  const common = useTranslations("common");
  const unknownActor = filters.actor && users && !users.some((u) => u.id === filters.actor);

  return (
    <div className="mb-4 rounded-xl border bg-surface p-4 shadow-xs">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end">
        <Field label={t("filters.user")} className="col-span-2 sm:col-span-1">
          {(control) => (
            <Select
              {...control}
              value={filters.actor ?? ""}
              onChange={(e) => onChange({ actor: e.target.value || null })}
            >
              <option value="">{t("filters.allUsers")}</option>
              {unknownActor ? <option value={filters.actor ?? ""}>{t("filters.unknownUser")}</option> : null}
              {users?.map((u) => (
                <option key={u.id} value={u.id}>
                  {users.some((o) => o.id !== u.id && o.name === u.name) ? `${u.name} (${u.email})` : u.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("filters.action")} className="col-span-2 sm:col-span-1">
          {(control) => (
            <Select
              {...control}
              value={filters.action ?? ""}
              onChange={(e) => onChange({ action: e.target.value || null })}
            >
              <option value="">{t("filters.allActions")}</option>
              {(Object.keys(AUDIT_ACTIONS) as AuditAction[]).map((action) => (
                <option key={action} value={action}>
                  {t(`action.${action}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <DayRangeInputs
          id="audit"
          range={filters}
          labels={{ from: t("filters.from"), to: t("filters.to") }}
          onChange={onChange}
          inputClassName="lg:w-40"
        />
        <Button
          variant="ghost"
          onClick={onClear}
          disabled={!hasFilters}
          className={cn("col-span-2 justify-self-end text-muted lg:col-span-1", !hasFilters && "max-lg:hidden")}
        >
          <X aria-hidden />
          {common("reset")}
        </Button>
      </div>
      <DayRangeNote
        id="audit"
        range={filters}
        note={(timeZone) => (timeZone ? t("filters.dateNote", { timeZone }) : t("filters.dateNoteNoZone"))}
        backwards={t("filters.backwards")}
      />
    </div>
  );
}
