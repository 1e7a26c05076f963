// The internal notes an order already has, as a PATCH must send them back. MerchantPro: the docs do not say
// whether `internal_notes` in a PATCH is added to the list or replaces it, so a new note is sent together with
// every earlier one (each with its id, so a platform that adds can recognise them) — assumed.ts.
import { PlatformError } from "../errors";
import type { RawNote } from "./schema";
import { orderNotesSchema } from "./schema";

export interface NoteOut {
  id?: string | number;
  text: string;
}

/** The earlier notes of an order's payload; a list in a shape we cannot read stops the write (it could wipe it). */
export function currentNotes(payload: unknown, orderId: string): NoteOut[] {
  const parsed = orderNotesSchema.safeParse(payload);
  if (!parsed.success) {
    throw new PlatformError(
      "bad_response",
      `MerchantPro sent order ${orderId}'s internal notes in a shape Orderdeck cannot read; the note was not added, so none is lost`,
    );
  }
  return (parsed.data.internal_notes ?? []).flatMap((note: RawNote) => {
    const text = note.text?.trim() ? note.text : null;
    if (text === null) return [];
    const id = note.id ?? null;
    return [id === null ? { text } : { id: /^\d{1,15}$/.test(id) ? Number(id) : id, text }];
  });
}
