// The shop's articles (a Czech household-goods e-shop): article codes with variants, prices in CZK incl. VAT.

export interface Article {
  article: string;
  name: string;
  czkCents: number;
  vat: number;
  grams: number;
}

type Variant = readonly [code: string, label: string, czk: number, grams: number];

function product(base: string, name: string, vat: number, variants: readonly Variant[]): Article[] {
  return variants.map(([code, label, czk, grams]) => ({
    article: code ? `${base}-${code}` : base,
    name: label ? `${name} – ${label}` : name,
    czkCents: czk * 100,
    vat,
    grams,
  }));
}

export const CATALOG: readonly Article[] = [
  ...product("DP-1042", "Pánev nepřilnavá", 21, [
    ["20", "20 cm", 549, 800],
    ["24", "24 cm", 649, 1000],
    ["28", "28 cm", 749, 1200],
  ]),
  ...product("DP-1107", "Hrnec nerezový s poklicí", 21, [
    ["2L", "2 l", 690, 1300],
    ["35L", "3,5 l", 890, 1700],
    ["5L", "5 l", 1090, 2200],
  ]),
  ...product("DP-1220", "Sada kuchyňských nožů 5 ks", 21, [["", "", 1290, 900]]),
  ...product("DP-1231", "Prkénko bambusové 38×28 cm", 21, [["", "", 249, 700]]),
  ...product("DP-1305", "Hrnek smaltovaný 0,4 l", 21, [
    ["BI", "bílý", 179, 250],
    ["MO", "modrý", 179, 250],
    ["ZE", "zelený", 179, 250],
  ]),
  ...product("DP-1322", "French press 1 l", 21, [["", "", 599, 650]]),
  ...product("DP-1410", "Rychlovarná konvice 1,7 l", 21, [
    ["BI", "bílá", 899, 1100],
    ["CE", "černá", 899, 1100],
  ]),
  ...product("DP-1502", "Utěrky kuchyňské bavlněné 3 ks", 21, [["", "", 199, 180]]),
  ...product("DP-1516", "Dóza na potraviny skleněná", 21, [
    ["05", "0,5 l", 89, 350],
    ["10", "1 l", 129, 550],
    ["20", "2 l", 169, 900],
  ]),
  ...product("DP-1604", "Termoska nerezová 0,75 l", 21, [
    ["CE", "černá", 549, 450],
    ["CV", "červená", 549, 450],
  ]),
  ...product("DP-1711", "Ubrus bavlněný 140×180 cm", 21, [["", "", 459, 400]]),
  ...product("DP-1720", "Vonná svíčka ve skle", 21, [
    ["LEV", "levandule", 149, 300],
    ["VAN", "vanilka", 149, 300],
  ]),
  ...product("DP-2001", "Káva zrnková Brazil 1 kg", 12, [["", "", 489, 1050]]),
  ...product("DP-2015", "Čaj sypaný černý 100 g", 12, [["", "", 129, 120]]),
  ...product("DP-2030", "Med květový 500 g", 12, [["", "", 169, 650]]),
  ...product("DP-2044", "Olivový olej extra panenský 0,75 l", 12, [["", "", 279, 1200]]),
  ...product("DP-2058", "Sada koření 6 ks", 12, [["", "", 219, 400]]),
  ...product("DP-1808", "Odměrka skleněná 0,5 l", 21, [["", "", 139, 300]]),
  ...product("DP-1815", "Struhadlo čtyřstranné", 21, [["", "", 189, 280]]),
  ...product("DP-1829", "Mlýnek na pepř dřevěný", 21, [["", "", 299, 320]]),
  ...product("DP-1903", "Forma na bábovku 24 cm", 21, [["", "", 329, 600]]),
  ...product("DP-1910", "Váleček na těsto", 21, [["", "", 159, 350]]),
  ...product("DP-1925", "Sklenice na víno 6 ks", 21, [["", "", 499, 1400]]),
  ...product("DP-1932", "Talíř mělký 27 cm", 21, [
    ["BI", "bílý", 129, 600],
    ["SE", "šedý", 129, 600],
  ]),
  ...product("DP-1940", "Příborová sada 24 ks", 21, [["", "", 1490, 1800]]),
];

const BY_ARTICLE = new Map(CATALOG.map((entry, index) => [entry.article, { ...entry, id: 7001 + index }]));

/** The article with this code, with its id in the instance (7001… in catalogue order [assumed]). */
export function findArticle(article: string): (Article & { id: number }) | undefined {
  return BY_ARTICLE.get(article);
}

/** A CZK price in EUR for the SK e-shop: converted, then rounded to a "…,x9" shelf price. */
export function eurShelfCents(czkCents: number, rate: number): number {
  return Math.max(99, Math.round(czkCents / rate / 10) * 10 - 1);
}
