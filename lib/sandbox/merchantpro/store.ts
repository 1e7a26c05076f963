// The in-memory shop: orders by id (kept in id order for the default listing), the tag registry,
// and the sequences for new orders, notes and invoice numbers.
import { INVOICE_PREFIX } from "./constants";
import { parseIso } from "./dates";
import { INITIAL_TAGS } from "./reference";
import type { Entry, OrderRecord, Tag } from "./types";

export class Store {
  readonly entries: Entry[] = [];
  private readonly byId = new Map<number, Entry>();
  private readonly tagsByName = new Map<string, Tag>();
  private readonly tagsById = new Map<number, Tag>();
  private nextNote = 1;
  private nextInvoice = 1;

  constructor(orders: OrderRecord[]) {
    for (const tag of INITIAL_TAGS) this.registerTag(tag);
    for (const order of [...orders].sort((a, b) => a.id - b.id)) this.insert(order);
  }

  /** Accepts the id as MerchantPro may send it: an int, or a string of digits in newer payloads. */
  get(id: string | number): Entry | undefined {
    const text = String(id);
    return /^\d+$/.test(text) ? this.byId.get(Number(text)) : undefined;
  }

  insert(order: OrderRecord): Entry {
    if (this.byId.has(order.id)) throw new Error(`merchantpro: duplicate order id ${order.id}`);
    const entry: Entry = { order, createdMs: parseIso(order.date_created) };
    const last = this.entries[this.entries.length - 1];
    const at = !last || last.order.id < order.id ? -1 : this.entries.findIndex((other) => other.order.id > order.id);
    this.entries.splice(at < 0 ? this.entries.length : at, 0, entry);
    this.byId.set(order.id, entry);
    for (const tag of order.tags ?? []) this.registerTag(tag);
    for (const note of order.internal_notes ?? []) this.nextNote = Math.max(this.nextNote, note.id + 1);
    const invoice = order.invoice;
    if (invoice && invoice.prefix === INVOICE_PREFIX && /^\d+$/.test(invoice.number)) {
      this.nextInvoice = Math.max(this.nextInvoice, Number(invoice.number) + 1);
    }
    return entry;
  }

  remove(id: number): void {
    const index = this.entries.findIndex((entry) => entry.order.id === id);
    if (index >= 0) this.entries.splice(index, 1);
    this.byId.delete(id);
  }

  nextOrderId(): number {
    return (this.entries[this.entries.length - 1]?.order.id ?? 0) + 1;
  }

  noteId(): number {
    return this.nextNote++;
  }

  invoiceNumber(): number {
    return this.nextInvoice++;
  }

  tagById(id: number): Tag | undefined {
    return this.tagsById.get(id);
  }

  /** A tag by name: the shop's existing one, or a new tag with the next id. */
  tagNamed(name: string): Tag {
    const existing = this.tagsByName.get(name);
    if (existing) return existing;
    const tag = { id: Math.max(0, ...this.tagsById.keys()) + 1, name };
    this.registerTag(tag);
    return tag;
  }

  private registerTag(tag: Tag): void {
    if (!this.tagsByName.has(tag.name)) this.tagsByName.set(tag.name, { ...tag });
    if (!this.tagsById.has(tag.id)) this.tagsById.set(tag.id, { ...tag });
  }
}
