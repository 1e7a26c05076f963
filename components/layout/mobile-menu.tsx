"use client";
// The narrow-screen menu: the sidebar sliding in as a modal drawer. Loaded on the first "Open menu" (see
// app-shell.tsx), so wide screens never download the dialog code for it.
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog as D } from "radix-ui";
import type { RefObject } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";
import type { CurrentUser } from "@/lib/domain/user";
import { Sidebar } from "./sidebar";

interface MobileMenuProps {
  user: CurrentUser;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The "Open menu" button, which gets the focus back on close (it is not a Radix Trigger). */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}

export function MobileMenu({ user, open, onOpenChange, returnFocusTo }: MobileMenuProps) {
  const t = useTranslations("shell");
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-overlay data-[state=open]:animate-fade-in lg:hidden" />
        <D.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocusTo.current?.focus();
          }}
          className="fixed inset-y-0 left-0 z-50 w-[280px] max-w-[85vw] border-r shadow-2xl outline-none data-[state=open]:animate-sheet-in lg:hidden"
        >
          <D.Title className="sr-only">{t("menu")}</D.Title>
          <Sidebar user={user} onNavigate={() => onOpenChange(false)} />
          <D.Close
            className={cn(buttonClasses("ghost", "icon-sm"), "absolute top-3 right-3")}
            aria-label={t("closeMenu")}
          >
            <X aria-hidden />
          </D.Close>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
