// An order as the API reads it (the vendor's 1C export format, "Order.json"), and its delivery address.
import { centsToDecimal } from "../core/money";
import { localityById, regionById, sectorById } from "./catalogue/geo";
import { productById } from "./catalogue/products";
import { promoCodeById, shopById } from "./catalogue/shops";
import type { Language } from "./constants";
import { localizedFields } from "./i18n";
import type { AddressRecord, ItemRecord, Localized, OrderRecord } from "./types";
import { discountCents, totalCents } from "./totals";
import { DEFAULT_VARIANT, reshape, type Variant } from "./variant";

const ref = (id: number | null, name: Localized | undefined, lang: Language) =>
  id === null ? null : { id, name: name ? name[lang] || name.ro : "" };

function renderItem(item: ItemRecord, lang: Language) {
  const product = productById.get(item.productId);
  return {
    id: item.id,
    product: { id: item.productId, code: product?.code ?? "", name: product ? product.name[lang] : "" },
    quantity: item.quantity,
    price: centsToDecimal(item.priceCents),
    loyalty_price: item.loyaltyPriceCents === null ? null : centsToDecimal(item.loyaltyPriceCents),
    order_status: item.status,
  };
}

function renderCustomerAddress(address: AddressRecord, lang: Language) {
  return {
    id: address.id,
    store: ref(address.storeId, address.storeId === null ? undefined : shopById.get(address.storeId)?.name, lang),
    region: ref(address.regionId, regionById.get(address.regionId)?.name, lang),
    locality: ref(address.localityId, localityById.get(address.localityId)?.name, lang),
    sector: ref(address.sectorId, address.sectorId === null ? undefined : sectorById.get(address.sectorId)?.name, lang),
    address: address.text[lang] || address.text.ro,
    address_type: address.addressType,
  };
}

/** An order as read, in the sandbox's reading of the docs (variant.ts for the others). */
export function renderOrder(order: OrderRecord, lang: Language, variant: Variant = DEFAULT_VARIANT) {
  const base = renderDefault(order, lang);
  return variant === DEFAULT_VARIANT ? base : reshape(base, order, variant);
}

/** [vendor] fields of Order.json; `order_items`, `shop`, `delivery_price` and `discount` are [assumed] names.
 *  Independent reading of platforms.md §1; the adapters' mappers keep their own on purpose. */
function renderDefault(order: OrderRecord, lang: Language) {
  const { customer, address, payment } = order;
  const company = customer.company;
  const total = totalCents(order);
  return {
    id: order.id,
    customer: {
      email: customer.email,
      name: customer.name,
      phone: customer.phone,
      date_of_birth: customer.dateOfBirth,
      fiscal_code: company?.fiscalCode ?? null,
      juridical_address: company?.juridicalAddress ?? null,
      iban: company?.iban ?? null,
      address: address && renderCustomerAddress(address, lang),
      bank_code: company?.bankCode ?? null,
    },
    payment: {
      delivery_type: payment.deliveryType,
      pay_method: payment.payMethod,
      payment_system: payment.paymentSystem,
      months: payment.months,
      sum_per_month: payment.months === null ? null : centsToDecimal(Math.ceil(total / payment.months)),
      transaction_id: payment.transactionId,
      promo_code: payment.promoCodeId === null ? null : (promoCodeById.get(payment.promoCodeId)?.code ?? null),
    },
    order_items: order.items.map((item) => renderItem(item, lang)),
    delivery_price: centsToDecimal(order.deliveryCents),
    discount: centsToDecimal(discountCents(order)),
    total_price: centsToDecimal(total),
    created_at: order.createdAtText,
    status: order.status,
    shop: order.shopId,
  };
}

/** GET /external/external-order/{id}/address/: the same keys as the upsert's `address` object [assumed]. */
export function renderAddress(address: AddressRecord, lang: Language) {
  return {
    address_id: address.id,
    store: address.storeId,
    ...localizedFields("address", address.text, lang),
    zip_code: address.zipCode,
    region_id: address.regionId,
    locality_id: address.localityId,
    sector: address.sectorId,
    address_type: address.addressType,
  };
}
