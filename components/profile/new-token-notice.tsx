"use client";
import { Check, Copy, TriangleAlert } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The freshly created token's value, shown this one time only. */
export function NewTokenNotice({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
      toast.success("Token copied to the clipboard");
      setTimeout(() => setCopied(false), 2000);
    } catch {
      inputRef.current?.select();
      toast.error("Could not copy: select the token and copy it by hand.");
    }
  }

  return (
    <section aria-label="Token created" className="rounded-lg border border-warning-soft-fg/30 bg-warning-soft/60 p-4">
      <p className="flex items-start gap-2 font-medium text-warning-soft-fg">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        Copy the token “{name}” now: it will not be shown again.
      </p>
      <Label htmlFor="new-token" className="sr-only">
        New token
      </Label>
      <div className="mt-3 flex gap-2">
        <Input
          ref={inputRef}
          id="new-token"
          readOnly
          value={token}
          className="font-mono text-[13px]"
          onFocus={(e) => e.target.select()}
        />
        <Button variant="secondary" onClick={copy}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <div className="mt-3 flex justify-end">
        <Button variant="ghost" size="sm" onClick={onDone}>
          I have stored it
        </Button>
      </div>
    </section>
  );
}
