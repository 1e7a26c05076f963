"use client";
import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { signOutToLogin } from "@/lib/client/sign-out";
import { ChangePasswordForm } from "./change-password-form";

/** After an admin reset the password: choose a new one (the temporary one is the current one), or sign out. */
export function ForcedPasswordChange({ email }: { email: string }) {
  const router = useRouter();
  const [signingOut, setSigningOut] = useState(false);
  return (
    <div className="grid gap-5">
      <p className="text-muted">
        An admin reset the password of <span className="font-medium text-fg">{email}</span>. Enter the temporary
        password you were given, then choose your own.
      </p>
      <ChangePasswordForm
        email={email}
        submitLabel="Save my new password"
        onChanged={() => {
          toast.success("Password changed", { description: "Welcome back." });
          router.replace("/orders");
          router.refresh();
        }}
      />
      <Button
        variant="ghost"
        size="sm"
        className="justify-self-start text-muted"
        loading={signingOut}
        onClick={() => {
          setSigningOut(true);
          signOutToLogin().catch(() => setSigningOut(false));
        }}
      >
        {signingOut ? null : <LogOut aria-hidden />}
        Sign out
      </Button>
    </div>
  );
}
