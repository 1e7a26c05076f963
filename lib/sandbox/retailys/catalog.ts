// The shop's articles (a Czech household-goods e-shop): article codes with variants, prices in CZK incl. VAT.

export interface Article {
  article: string;
  name: string;
  czkCents: number;
  vat: number;
  grams: number;
}

// [article code, name, VAT %, CZK incl. VAT, grams]: a variant is its product's code and name with a suffix.
const ROWS: readonly (readonly [string, string, number, number, number])[] = [
  ["DP-1042-20", "Pánev nepřilnavá – 20 cm", 21, 549, 800],
  ["DP-1042-24", "Pánev nepřilnavá – 24 cm", 21, 649, 1000],
  ["DP-1042-28", "Pánev nepřilnavá – 28 cm", 21, 749, 1200],
  ["DP-1107-2L", "Hrnec nerezový s poklicí – 2 l", 21, 690, 1300],
  ["DP-1107-35L", "Hrnec nerezový s poklicí – 3,5 l", 21, 890, 1700],
  ["DP-1107-5L", "Hrnec nerezový s poklicí – 5 l", 21, 1090, 2200],
  ["DP-1220", "Sada kuchyňských nožů 5 ks", 21, 1290, 900],
  ["DP-1231", "Prkénko bambusové 38×28 cm", 21, 249, 700],
  ["DP-1305-BI", "Hrnek smaltovaný 0,4 l – bílý", 21, 179, 250],
  ["DP-1305-MO", "Hrnek smaltovaný 0,4 l – modrý", 21, 179, 250],
  ["DP-1305-ZE", "Hrnek smaltovaný 0,4 l – zelený", 21, 179, 250],
  ["DP-1322", "French press 1 l", 21, 599, 650],
  ["DP-1410-BI", "Rychlovarná konvice 1,7 l – bílá", 21, 899, 1100],
  ["DP-1410-CE", "Rychlovarná konvice 1,7 l – černá", 21, 899, 1100],
  ["DP-1502", "Utěrky kuchyňské bavlněné 3 ks", 21, 199, 180],
  ["DP-1516-05", "Dóza na potraviny skleněná – 0,5 l", 21, 89, 350],
  ["DP-1516-10", "Dóza na potraviny skleněná – 1 l", 21, 129, 550],
  ["DP-1516-20", "Dóza na potraviny skleněná – 2 l", 21, 169, 900],
  ["DP-1604-CE", "Termoska nerezová 0,75 l – černá", 21, 549, 450],
  ["DP-1604-CV", "Termoska nerezová 0,75 l – červená", 21, 549, 450],
  ["DP-1711", "Ubrus bavlněný 140×180 cm", 21, 459, 400],
  ["DP-1720-LEV", "Vonná svíčka ve skle – levandule", 21, 149, 300],
  ["DP-1720-VAN", "Vonná svíčka ve skle – vanilka", 21, 149, 300],
  ["DP-2001", "Káva zrnková Brazil 1 kg", 12, 489, 1050],
  ["DP-2015", "Čaj sypaný černý 100 g", 12, 129, 120],
  ["DP-2030", "Med květový 500 g", 12, 169, 650],
  ["DP-2044", "Olivový olej extra panenský 0,75 l", 12, 279, 1200],
  ["DP-2058", "Sada koření 6 ks", 12, 219, 400],
  ["DP-1808", "Odměrka skleněná 0,5 l", 21, 139, 300],
  ["DP-1815", "Struhadlo čtyřstranné", 21, 189, 280],
  ["DP-1829", "Mlýnek na pepř dřevěný", 21, 299, 320],
  ["DP-1903", "Forma na bábovku 24 cm", 21, 329, 600],
  ["DP-1910", "Váleček na těsto", 21, 159, 350],
  ["DP-1925", "Sklenice na víno 6 ks", 21, 499, 1400],
  ["DP-1932-BI", "Talíř mělký 27 cm – bílý", 21, 129, 600],
  ["DP-1932-SE", "Talíř mělký 27 cm – šedý", 21, 129, 600],
  ["DP-1940", "Příborová sada 24 ks", 21, 1490, 1800],
];

export const CATALOG: readonly Article[] = ROWS.map(([article, name, vat, czk, grams]) => ({
  article,
  name,
  czkCents: czk * 100,
  vat,
  grams,
}));

const BY_ARTICLE = new Map(CATALOG.map((entry, index) => [entry.article, { ...entry, id: 7001 + index }]));

/** The article with this code, with its id in the instance (7001… in catalogue order [assumed]). */
export function findArticle(article: string): (Article & { id: number }) | undefined {
  return BY_ARTICLE.get(article);
}

/** A CZK price in EUR for the SK e-shop: converted, then rounded to a "…,x9" shelf price. */
export function eurShelfCents(czkCents: number, rate: number): number {
  return Math.max(99, Math.round(czkCents / rate / 10) * 10 - 1);
}
