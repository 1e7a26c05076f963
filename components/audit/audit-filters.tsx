"use client";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/client/cn";
import { isoToLocalDay, localDayToIso, useIsClient } from "@/lib/client/dates";
import type { AuditFilters as Filters } from "@/lib/client/query-keys";
import type { UserSummary } from "@/lib/domain/user";
import { AUDIT_ACTIONS } from "@/lib/domain/audit";

interface Props {
  filters: Filters;
  users: UserSummary[] | undefined;
  onChange: (changes: Partial<Filters>) => void;
  onClear: () => void;
  hasFilters: boolean;
}

export function AuditFilters({ filters, users, onChange, onClear, hasFilters }: Props) {
  const isClient = useIsClient();
  // Date inputs show days in the browser's time zone, so they get their value only once in the browser.
  const from = isClient ? isoToLocalDay(filters.from) : "";
  const to = isClient ? isoToLocalDay(filters.to) : "";
  const timeZone = isClient ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  const backwards = Boolean(filters.from && filters.to && Date.parse(filters.from) > Date.parse(filters.to));
  const unknownActor = filters.actor && users && !users.some((u) => u.id === filters.actor);

  return (
    <div className="mb-4 rounded-xl border bg-surface p-4 shadow-xs">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end">
        <div className="col-span-2 grid gap-1.5 sm:col-span-1">
          <Label htmlFor="audit-actor">User</Label>
          <Select
            id="audit-actor"
            value={filters.actor ?? ""}
            onChange={(e) => onChange({ actor: e.target.value || undefined })}
          >
            <option value="">All users</option>
            {unknownActor ? <option value={filters.actor}>Unknown user</option> : null}
            {users?.map((u) => (
              <option key={u.id} value={u.id}>
                {users.some((o) => o.id !== u.id && o.name === u.name) ? `${u.name} (${u.email})` : u.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="col-span-2 grid gap-1.5 sm:col-span-1">
          <Label htmlFor="audit-action">Action</Label>
          <Select
            id="audit-action"
            value={filters.action ?? ""}
            onChange={(e) => onChange({ action: e.target.value || undefined })}
          >
            <option value="">All actions</option>
            {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-from">From</Label>
          <Input
            id="audit-from"
            type="date"
            className="lg:w-40"
            value={from}
            max={to || undefined}
            aria-describedby="audit-tz"
            onChange={(e) => onChange({ from: localDayToIso(e.target.value, "start") })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-to">To</Label>
          <Input
            id="audit-to"
            type="date"
            className="lg:w-40"
            value={to}
            min={from || undefined}
            aria-describedby="audit-tz"
            onChange={(e) => onChange({ to: localDayToIso(e.target.value, "end") })}
          />
        </div>
        <Button
          variant="ghost"
          onClick={onClear}
          disabled={!hasFilters}
          className={cn("col-span-2 justify-self-end text-muted lg:col-span-1", !hasFilters && "max-lg:hidden")}
        >
          <X aria-hidden />
          Reset
        </Button>
      </div>
      <p id="audit-tz" className="mt-2.5 text-xs text-muted">
        Dates are whole days in your time zone{timeZone ? ` (${timeZone})` : ""}; From and To are included.
        {backwards ? (
          <span className="ml-1 font-medium text-danger-soft-fg">From is after To, so nothing can match.</span>
        ) : null}
      </p>
    </div>
  );
}
