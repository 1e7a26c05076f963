"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Initials } from "@/components/ui/initials";
import { Select } from "@/components/ui/select";
import { TD, TR } from "@/components/ui/table";
import { formatExact, formatRelative } from "@/lib/client/format";
import { useErrorText } from "@/lib/client/use-error-text";
import type { UserSummary } from "@/lib/domain/user";
import { useUpdateUser } from "@/lib/client/use-users";
import { ROLES, type Role } from "@/lib/domain/user";
import { ResetPasswordDialog } from "./reset-password-dialog";

/** One user: their role select, status, the password reset (confirmed) and the deactivate (confirmed) / reactivate button. */
export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const t = useTranslations("users");
  const common = useTranslations("common");
  const roles = useTranslations("roles");
  const locale = useLocale();
  const errorText = useErrorText();
  const update = useUpdateUser();
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState(false);
  const pendingRole = update.isPending ? update.variables?.role : undefined;

  function changeRole(role: Role) {
    update.mutate(
      { id: user.id, role },
      {
        onSuccess: (updated) => toast.success(t("row.roleChanged", { name: updated.name, role: roles(updated.role) })),
        onError: (error) => toast.error(errorText(error)),
      },
    );
  }

  function setActive(active: boolean) {
    update.mutate(
      { id: user.id, active },
      {
        onSuccess: (updated) => {
          setConfirming(false);
          toast.success(t(active ? "row.wasReactivated" : "row.wasDeactivated", { name: updated.name }));
        },
        onError: (error) => {
          setConfirming(false);
          toast.error(errorText(error));
        },
      },
    );
  }

  return (
    <TR className={user.active ? undefined : "text-muted"}>
      <TD>
        <div className="flex min-w-0 items-center gap-3">
          <Initials name={user.name} className={user.active ? undefined : "grayscale opacity-60"} />
          <div className="min-w-0">
            <div className="flex items-center gap-2">
              <span className="truncate font-medium text-fg">{user.name}</span>
              {isSelf ? <Badge tone="accent">{t("row.you")}</Badge> : null}
            </div>
            <div className="truncate text-[13px] text-muted">{user.email}</div>
          </div>
        </div>
      </TD>
      <TD>
        <Select
          aria-label={t("row.roleFor", { name: user.name })}
          className="w-40 min-w-36"
          value={pendingRole ?? user.role}
          disabled={update.isPending}
          onChange={(e) => changeRole(e.target.value as Role)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roles(role)}
            </option>
          ))}
        </Select>
      </TD>
      <TD>
        <div className="flex flex-wrap gap-1.5">
          {user.active ? <Badge tone="success">{t("row.active")}</Badge> : <Badge>{t("row.deactivated")}</Badge>}
          {user.mustChangePassword ? <Badge tone="warning">{t("row.mustChangePassword")}</Badge> : null}
        </div>
      </TD>
      <TD className="whitespace-nowrap text-muted">
        {user.lastSignInAt ? (
          <time dateTime={user.lastSignInAt} title={formatExact(user.lastSignInAt, locale)}>
            {formatRelative(user.lastSignInAt, Date.now(), locale)}
          </time>
        ) : (
          common("never")
        )}
      </TD>
      <TD className="whitespace-nowrap text-right">
        {/* Your own password is changed on your profile, with the current one. */}
        {isSelf ? null : (
          <Button
            variant="ghost"
            size="sm"
            aria-label={t("reset.buttonLabel", { name: user.name })}
            onClick={() => setResetting(true)}
          >
            {t("reset.button")}
          </Button>
        )}
        <ResetPasswordDialog user={user} open={resetting} onOpenChange={setResetting} />
        {user.active ? (
          <Button
            variant="danger-ghost"
            size="sm"
            aria-label={t("row.deactivateLabel", { name: user.name })}
            disabled={update.isPending}
            onClick={() => setConfirming(true)}
          >
            {t("row.deactivate")}
          </Button>
        ) : (
          <Button
            variant="secondary"
            size="sm"
            aria-label={t("row.reactivateLabel", { name: user.name })}
            loading={update.isPending}
            onClick={() => setActive(true)}
          >
            {t("row.reactivate")}
          </Button>
        )}
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title={t("row.confirmTitle", { name: user.name })}
          description={
            <>
              <p>{t("row.confirmBody", { name: user.name, email: user.email })}</p>
              <p>{t("row.confirmLater")}</p>
            </>
          }
          confirmLabel={t("row.deactivate")}
          cancelLabel={common("cancel")}
          pending={update.isPending}
          onConfirm={() => setActive(false)}
        />
      </TD>
    </TR>
  );
}
