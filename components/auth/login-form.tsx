"use client";
import { AlertCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type ComponentProps, type FormEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Fired by the demo accounts' "Use" buttons to fill this form. */
export const FILL_LOGIN_EVENT = "orderdeck:fill-login";
export interface FillLoginDetail {
  email: string;
  password: string;
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const t = useTranslations("auth");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const fill = (event: Event) => {
      const detail = (event as CustomEvent<FillLoginDetail>).detail;
      setEmail(detail.email);
      setPassword(detail.password);
      setError(null);
      submitRef.current?.focus();
    };
    window.addEventListener(FILL_LOGIN_EVENT, fill);
    return () => window.removeEventListener(FILL_LOGIN_EVENT, fill);
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t("enterEmailAndPassword"));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
      if (!result || result.error || !result.ok) {
        setError(result?.error || t("signInFailed"));
        setPending(false);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError(t("unreachable"));
      setPending(false);
    }
  }

  // One message under the form speaks for both fields.
  const field = (label: string, props: ComponentProps<"input">) => (
    <Field label={label}>
      {(control) => (
        <Input
          {...control}
          {...props}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "login-error" : undefined}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {field(t("email"), {
        type: "email",
        autoComplete: "username",
        value: email,
        onChange: (e) => setEmail(e.target.value),
      })}
      {field(t("password"), {
        type: "password",
        autoComplete: "current-password",
        value: password,
        onChange: (e) => setPassword(e.target.value),
      })}
      <div role="alert" aria-label={t("errorLabel")} data-testid="login-error" id="login-error" className="empty:-mt-4">
        {error ? (
          <p className="flex items-start gap-2 rounded-md border border-danger/30 bg-danger-soft px-3 py-2.5 text-danger-soft-fg">
            <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>{error}</span>
          </p>
        ) : null}
      </div>
      <Button ref={submitRef} type="submit" loading={pending} className="w-full">
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
