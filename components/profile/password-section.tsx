"use client";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** "Password": change your own; your other sessions are signed out, this one goes on. */
export function PasswordSection({ email }: { email: string }) {
  const t = useTranslations("password");
  return (
    <Card aria-labelledby="password" className="mt-6">
      <CardHeader>
        <div>
          <CardTitle id="password">{t("sectionTitle")}</CardTitle>
          <CardDescription>{t("sectionDescription")}</CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <ChangePasswordForm
          email={email}
          submitLabel={t("change")}
          onChanged={({ endedSessions }) =>
            toast.success(t("changed"), {
              description:
                endedSessions === 0 ? t("noOtherSessions") : t("otherSessionsEnded", { count: endedSessions }),
            })
          }
        />
      </CardContent>
    </Card>
  );
}
