"use client";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Initials } from "@/components/ui/initials";
import { Select } from "@/components/ui/select";
import { TD, TR } from "@/components/ui/table";
import { formatExact, formatRelative } from "@/lib/client/format";
import type { UserSummary } from "@/lib/domain/user";
import { useUpdateUser } from "@/lib/client/use-users";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain/user";
import { ResetPasswordDialog } from "./reset-password-dialog";

/** One user: their role select, status, the password reset (confirmed) and the deactivate (confirmed) / reactivate button. */
export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const update = useUpdateUser();
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState(false);
  const pendingRole = update.isPending ? update.variables?.role : undefined;

  function changeRole(role: Role) {
    update.mutate(
      { id: user.id, role },
      {
        onSuccess: (updated) => toast.success(`${updated.name} is now ${ROLE_LABELS[updated.role]}`),
        onError: (error) => toast.error(error.message),
      },
    );
  }

  function setActive(active: boolean) {
    update.mutate(
      { id: user.id, active },
      {
        onSuccess: (updated) => {
          setConfirming(false);
          toast.success(active ? `${updated.name} was reactivated` : `${updated.name} was deactivated`);
        },
        onError: (error) => {
          setConfirming(false);
          toast.error(error.message);
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
              {isSelf ? <Badge tone="accent">You</Badge> : null}
            </div>
            <div className="truncate text-[13px] text-muted">{user.email}</div>
          </div>
        </div>
      </TD>
      <TD>
        <Select
          aria-label={`Role for ${user.name}`}
          className="w-40 min-w-36"
          value={pendingRole ?? user.role}
          disabled={update.isPending}
          onChange={(e) => changeRole(e.target.value as Role)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </TD>
      <TD>
        <div className="flex flex-wrap gap-1.5">
          {user.active ? <Badge tone="success">Active</Badge> : <Badge>Deactivated</Badge>}
          {user.mustChangePassword ? <Badge tone="warning">Must change password</Badge> : null}
        </div>
      </TD>
      <TD className="whitespace-nowrap text-muted">
        {user.lastSignInAt ? (
          <time dateTime={user.lastSignInAt} title={formatExact(user.lastSignInAt)}>
            {formatRelative(user.lastSignInAt)}
          </time>
        ) : (
          "Never"
        )}
      </TD>
      <TD className="whitespace-nowrap text-right">
        {/* Your own password is changed on your profile, with the current one. */}
        {isSelf ? null : (
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Reset the password of ${user.name}`}
            onClick={() => setResetting(true)}
          >
            Reset password
          </Button>
        )}
        <ResetPasswordDialog user={user} open={resetting} onOpenChange={setResetting} />
        {user.active ? (
          <Button
            variant="danger-ghost"
            size="sm"
            aria-label={`Deactivate ${user.name}`}
            disabled={update.isPending}
            onClick={() => setConfirming(true)}
          >
            Deactivate
          </Button>
        ) : (
          <Button
            variant="secondary"
            size="sm"
            aria-label={`Reactivate ${user.name}`}
            loading={update.isPending}
            onClick={() => setActive(true)}
          >
            Reactivate
          </Button>
        )}
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title={`Deactivate ${user.name}?`}
          description={
            <>
              <p>
                {user.name} ({user.email}) will no longer be able to sign in, and their open sessions end now. Their API
                tokens stop working too.
              </p>
              <p>You can reactivate them later.</p>
            </>
          }
          confirmLabel="Deactivate"
          pending={update.isPending}
          onConfirm={() => setActive(false)}
        />
      </TD>
    </TR>
  );
}
