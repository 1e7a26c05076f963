import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names (strings, conditionals, arrays) and resolves Tailwind conflicts by order: a later class
 * wins over an earlier one for the same property, so a caller's `className` overrides a component's default.
 */
export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
