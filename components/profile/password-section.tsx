"use client";
import { toast } from "sonner";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** "Password": change your own; your other sessions are signed out, this one goes on. */
export function PasswordSection({ email }: { email: string }) {
  return (
    <Card aria-labelledby="password" className="mt-6">
      <CardHeader>
        <div>
          <CardTitle id="password">Password</CardTitle>
          <CardDescription>Changing it signs you out everywhere else; this browser stays signed in.</CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <ChangePasswordForm
          email={email}
          submitLabel="Change password"
          onChanged={({ endedSessions }) =>
            toast.success("Password changed", {
              description:
                endedSessions === 0
                  ? "You were signed in nowhere else."
                  : `Signed out of ${endedSessions} other session${endedSessions === 1 ? "" : "s"}.`,
            })
          }
        />
      </CardContent>
    </Card>
  );
}
