// The shop's configuration: status texts (Romanian, as the seed writes them), payment and shipping methods,
// substatuses and tags. Texts the seed does not show are our Romanian wording [assumed].
import type { PaymentStatus, ShippingStatus, Tag } from "./types";

export const PAYMENT_STATUS_TEXT: Record<PaymentStatus, string> = {
  temporary: "Plata temporara",
  awaiting: "Plata in asteptare",
  paid: "Plata confirmata",
  failed: "Plata esuata",
  cancelled: "Plata anulata",
  refunded: "Plata rambursata",
  rejected: "Plata respinsa",
};

export const SHIPPING_STATUS_TEXT: Record<ShippingStatus, string> = {
  temporary: "Comanda temporara",
  awaiting: "Comanda in asteptare",
  confirmed: "Comanda confirmata",
  in_process: "Comanda in procesare",
  shipped: "Comanda expediata",
  delivered: "Comanda livrata",
  returned: "Comanda returnata",
  cancelled: "Comanda anulata",
};

export interface PaymentMethod {
  code: string;
  name: string;
  /** Paid online: has a transaction id, can fail or be rejected. */
  online: boolean;
}

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  { code: "cash_delivery", name: "Plata in sistem ramburs", online: false },
  { code: "mobilpay", name: "Card online (Netopia mobilPay)", online: true },
  { code: "euplatesc", name: "Card online (EuPlatesc)", online: true },
  { code: "wire", name: "Ordin de plata", online: false },
  { code: "paypal", name: "PayPal", online: true },
  { code: "in_store", name: "Plata la ridicare din magazin", online: false },
  { code: "tbi", name: "Rate fara dobanda TBI Bank", online: true },
];

export function paymentMethod(code: string): PaymentMethod | undefined {
  return PAYMENT_METHODS.find((method) => method.code === code);
}

export interface ShippingMethod {
  id: number;
  name: string;
  carrierId: string | null;
  deliveryTime: string;
  /** Lockers and the shop's own counter: the order carries a pickup address. */
  pickupPoints?: readonly { id: number; name: string }[];
  /** Flat fee in cents (before free shipping applies). */
  feeCents: number;
}

export const SHIPPING_METHODS: readonly ShippingMethod[] = [
  { id: 1, name: "Fan Courier", carrierId: "fancourier", deliveryTime: "1-2 zile lucratoare", feeCents: 1999 },
  { id: 2, name: "Cargus", carrierId: "cargus", deliveryTime: "1-3 zile lucratoare", feeCents: 1799 },
  { id: 3, name: "Speedy", carrierId: "speedy", deliveryTime: "1-2 zile lucratoare", feeCents: 1500 },
  {
    id: 4,
    name: "Sameday easybox",
    carrierId: "sameday",
    deliveryTime: "24 de ore",
    feeCents: 1299,
    pickupPoints: [
      { id: 1204, name: "easybox Kaufland Pallady" },
      { id: 2318, name: "easybox Mega Image Dorobanti" },
      { id: 3377, name: "easybox Lidl Manastur" },
      { id: 4410, name: "easybox Profi Tatarasi" },
    ],
  },
  { id: 5, name: "DPD", carrierId: "dpd", deliveryTime: "2-3 zile lucratoare", feeCents: 1899 },
  {
    id: 6,
    name: "Ridicare personala",
    carrierId: null,
    deliveryTime: "in aceeasi zi",
    feeCents: 0,
    pickupPoints: [{ id: 1, name: "Showroom Bucuresti, Str. Fabrica de Glucoza nr. 5" }],
  },
  { id: 7, name: "Posta Romana", carrierId: "posta", deliveryTime: "3-5 zile lucratoare", feeCents: 1450 },
];

export function shippingMethod(id: number): ShippingMethod | undefined {
  return SHIPPING_METHODS.find((method) => method.id === id);
}

export const PAYMENT_SUBSTATUSES: readonly { id: number; text: string }[] = [
  { id: 11, text: "Asteptare confirmare transfer bancar" },
  { id: 12, text: "Verificare antifrauda" },
];

export const SHIPPING_SUBSTATUSES: readonly { id: number; text: string }[] = [
  { id: 21, text: "Asteptare stoc furnizor" },
  { id: 22, text: "Client contactat telefonic" },
  { id: 23, text: "Colet predat curierului" },
];

/** The shop's tags; id 1 is the seed's "Feedback excelent" (its PATCH example answers `{"id": 1, ...}`). */
export const INITIAL_TAGS: readonly Tag[] = [
  { id: 1, name: "Feedback excelent" },
  { id: 2, name: "Client fidel" },
  { id: 3, name: "Urgent" },
  { id: 4, name: "Cadou" },
  { id: 5, name: "Verificare telefonica" },
  { id: 6, name: "B2B" },
];

export const INTERNAL_NOTE_TEXTS: readonly string[] = [
  "Clientul a cerut livrare dupa ora 17.",
  "Sunat clientul, confirma adresa.",
  "Ambalare cadou, fara factura in colet.",
  "Produsul lipsa din stoc, asteptam furnizorul.",
  "Client nemultumit de termenul de livrare, oferit voucher.",
];

export const CUSTOMER_NOTES: readonly string[] = [
  "Va rog sunati inainte de livrare.",
  "Livrare la birou, intre 9 si 17.",
  "Interfonul nu functioneaza, va rog sunati.",
  "Doresc factura pe firma.",
];
