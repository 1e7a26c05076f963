// The Czech texts of the history records the instance writes itself (generated data and automatic records alike).
import { centsToDecimal } from "../core/money";

export const HISTORY_TEXT = {
  created: "Objednávka vytvořena",
  accepted: "Objednávka přijata",
  processing: "Objednávka se vyřizuje",
  ready: "Objednávka připravena k odeslání",
  sent: "Objednávka odeslána",
  delivered: "Objednávka doručena",
  done: "Objednávka vyřízena",
  canceled: "Objednávka stornována",
  returned: "Zboží vráceno zákazníkem",
  deliveryChanged: "Změněna doručovací adresa",
  noteChanged: "Upravena interní poznámka",
  status: (name: string) => `Změna stavu na „${name}“`,
  payment: (cents: number, currency: string, extras: readonly (string | null | undefined)[] = []) => {
    const details = extras.filter((extra) => extra).join(", ");
    return `Přijata platba ${centsToDecimal(cents)} ${currency}${details ? ` (${details})` : ""}`;
  },
  tracking: (number: string, shipper: string) => `Přidáno sledovací číslo ${number} (${shipper})`,
  itemAdded: (article: string, count: number) => `Přidána položka ${article} × ${count}`,
  itemEdited: (article: string) => `Upravena položka ${article}`,
  itemDeleted: (article: string) => `Odebrána položka ${article}`,
} as const;
