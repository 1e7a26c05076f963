import { LayoutDashboard, Plug, ScrollText, ShoppingBag, Users } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import { can, type Permission, type Role } from "@/lib/domain/user";

export interface NavItem {
  href: string;
  /** The item's name in the catalogue's "nav" group (messages/). */
  label: "overview" | "orders" | "connections" | "users" | "audit";
  icon: LucideIcon;
  /** The permission a role needs to see the item (and open its page). */
  permission: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "overview", icon: LayoutDashboard, permission: "orders:read" },
  { href: "/orders", label: "orders", icon: ShoppingBag, permission: "orders:read" },
  { href: "/connections", label: "connections", icon: Plug, permission: "connections:read" },
  { href: "/users", label: "users", icon: Users, permission: "users:manage" },
  { href: "/audit", label: "audit", icon: ScrollText, permission: "audit:read" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
