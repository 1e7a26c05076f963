import type { Metadata } from "next";
import { AuthScreen } from "@/components/auth/auth-screen";
import { ForcedPasswordChange } from "@/components/auth/forced-password-change";
import { requirePasswordChangeUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Choose a new password" };

// Where every page sends a user whose password an admin reset, until they choose a new one.
export default async function ChangePasswordPage() {
  const user = await requirePasswordChangeUser();
  return (
    <AuthScreen heading="Choose a new password">
      <ForcedPasswordChange email={user.email} />
    </AuthScreen>
  );
}
