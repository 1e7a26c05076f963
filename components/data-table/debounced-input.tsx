"use client";
// A text filter whose value lives elsewhere (the URL): the user types into a draft, which is committed a
// moment after typing stops, on Enter or on blur, and only when it is valid. When the outside value changes
// (back/forward, "Clear filters"), the draft follows it.
import { type ComponentProps, type Ref, useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";

interface DebouncedInputProps extends Omit<ComponentProps<"input">, "value" | "onChange" | "ref"> {
  value: string;
  onCommit: (value: string) => void;
  /** A draft that fails is shown as invalid and not committed. */
  isValid?: (value: string) => boolean;
  normalize?: (value: string) => string;
  delayMs?: number;
  inputRef?: Ref<HTMLInputElement>;
}

export function DebouncedInput({
  value,
  onCommit,
  isValid = () => true,
  normalize = (v) => v,
  delayMs = 400,
  inputRef,
  onBlur,
  onKeyDown,
  ...props
}: DebouncedInputProps) {
  const [draft, setDraft] = useState(value);
  const [outside, setOutside] = useState(value);
  // What this input last committed: the outside value arriving later is the URL catching up, and must not
  // eat keystrokes typed since. Any other outside change (back/forward, "Clear filters") replaces the draft.
  const committed = useRef<string | null>(null);
  if (outside !== value) {
    setOutside(value);
    if (value !== committed.current) setDraft(value);
    committed.current = null;
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const valid = draft.trim() === "" || isValid(draft.trim());
  const commit = (text: string) => {
    clearTimeout(timer.current);
    const next = text.trim();
    if (next !== "" && !isValid(next)) return;
    if (next !== value) {
      committed.current = next;
      onCommit(next);
    }
  };

  return (
    <Input
      {...props}
      ref={inputRef}
      value={draft}
      aria-invalid={valid ? undefined : true}
      onChange={(e) => {
        const text = normalize(e.target.value);
        setDraft(text);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(text), delayMs);
      }}
      onBlur={(e) => {
        commit(draft);
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit(draft);
        if (e.key === "Escape" && draft !== value) setDraft(value);
        onKeyDown?.(e);
      }}
    />
  );
}
