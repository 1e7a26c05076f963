import { LayoutDashboard, Plug, ScrollText, ShoppingBag, Users } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import { can, type Permission, type Role } from "@/lib/domain/user";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** The permission a role needs to see the item (and open its page). */
  permission: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard, permission: "orders:read" },
  { href: "/orders", label: "Orders", icon: ShoppingBag, permission: "orders:read" },
  { href: "/connections", label: "Connections", icon: Plug, permission: "connections:read" },
  { href: "/users", label: "Users", icon: Users, permission: "users:manage" },
  { href: "/audit", label: "Audit log", icon: ScrollText, permission: "audit:read" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
