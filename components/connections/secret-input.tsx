"use client";
import { Eye, EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ComponentProps, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/client/cn";

/**
 * A password input with a show/hide toggle, for API secrets being typed or pasted. The toggle's name does not
 * repeat the field's label ("Show value", pressed or not), so getByLabel("Password") finds only the input.
 */
export function SecretInput({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  const t = useTranslations("connections.secret");
  const [shown, setShown] = useState(false);
  return (
    <div className={cn("relative", className)}>
      <Input
        {...props}
        type={shown ? "text" : "password"}
        // Not the admin's own Orderdeck password: keep the browser's password manager from filling it in.
        autoComplete="new-password"
        autoCapitalize="off"
        spellCheck={false}
        data-1p-ignore
        className="pr-10 font-mono text-[13px]"
      />
      <button
        type="button"
        aria-label={t("showLabel")}
        aria-pressed={shown}
        aria-controls={props.id}
        title={shown ? t("hide") : t("show")}
        onClick={() => setShown((v) => !v)}
        className={cn(buttonClasses("ghost", "icon-sm"), "absolute top-0.5 right-0.5 size-8 text-muted")}
      >
        {shown ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
      </button>
    </div>
  );
}
