// Names folded to plain lower-case ASCII for generated e-mail addresses, in every imitation's language.

/** "Ștefan" → "stefan", "Çağla" → "cagla", "Dvořák" → "dvorak": accents dropped, Turkish dotless ı read as i. */
export function asciiFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .toLowerCase();
}
