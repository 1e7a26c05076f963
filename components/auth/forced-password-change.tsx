"use client";
import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { signOutToLogin } from "@/lib/client/sign-out";
import { ChangePasswordForm } from "./change-password-form";

/** After an admin reset the password: choose a new one (the temporary one is the current one), or sign out. */
export function ForcedPasswordChange({ email }: { email: string }) {
  const router = useRouter();
  const t = useTranslations("password");
  const [signingOut, setSigningOut] = useState(false);
  return (
    <div className="grid gap-5">
      <p className="text-muted">
        {t.rich("forcedIntro", { email, b: (chunks) => <span className="font-medium text-fg">{chunks}</span> })}
      </p>
      <ChangePasswordForm
        email={email}
        submitLabel={t("saveNew")}
        onChanged={() => {
          toast.success(t("changed"), { description: t("welcomeBack") });
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
        {t("signOut")}
      </Button>
    </div>
  );
}
