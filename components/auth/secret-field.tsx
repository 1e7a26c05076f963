"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A secret shown this one time (a new API token, a temporary password): selected at once, with a Copy button. */
export function SecretField({
  id,
  label,
  value,
  copied: copiedMessage,
}: {
  id: string;
  label: string;
  value: string;
  copied: string;
}) {
  const t = useTranslations("common");
  const ui = useTranslations("ui");
  const [copied, setCopied] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(copiedMessage);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      inputRef.current?.select();
      toast.error(ui("copyFailed"));
    }
  }

  return (
    <>
      <Label htmlFor={id} className="sr-only">
        {label}
      </Label>
      <div className="mt-3 flex gap-2">
        <Input
          ref={inputRef}
          id={id}
          readOnly
          value={value}
          className="font-mono text-[13px]"
          onFocus={(e) => e.target.select()}
        />
        <Button variant="secondary" onClick={copy}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </>
  );
}
