// Czech and Slovak names, towns, streets and postcodes (PSČ) for the generated customers.

export interface Town {
  city: string;
  zips: readonly string[];
  streets: readonly string[];
  weight: number;
}

export const CZ_TOWNS: readonly Town[] = [
  {
    city: "Praha",
    zips: ["110 00", "120 00", "130 00", "140 00", "150 00", "160 00", "170 00", "180 00", "190 00", "100 00"],
    streets: [
      "Vinohradská",
      "Korunní",
      "Dělnická",
      "Bělehradská",
      "Nuselská",
      "Plzeňská",
      "Milady Horákové",
      "Sokolovská",
      "Českomoravská",
      "Jugoslávských partyzánů",
    ],
    weight: 30,
  },
  {
    city: "Brno",
    zips: ["602 00", "612 00", "615 00", "616 00", "625 00"],
    streets: ["Kounicova", "Husova", "Lidická", "Cejl", "Křenová", "Veveří"],
    weight: 12,
  },
  {
    city: "Ostrava",
    zips: ["702 00", "700 30", "708 00"],
    streets: ["Nádražní", "28. října", "Opavská", "Hlavní třída"],
    weight: 7,
  },
  {
    city: "Plzeň",
    zips: ["301 00", "312 00", "326 00"],
    streets: ["Klatovská třída", "Americká", "Slovanská alej"],
    weight: 5,
  },
  { city: "Liberec", zips: ["460 01", "460 07"], streets: ["Moskevská", "Masarykova", "Jablonecká"], weight: 4 },
  { city: "Olomouc", zips: ["779 00"], streets: ["Třída Svobody", "Dolní náměstí", "Hodolanská"], weight: 4 },
  {
    city: "České Budějovice",
    zips: ["370 01", "370 05"],
    streets: ["Lannova třída", "Husova třída", "Pražská třída"],
    weight: 3,
  },
  {
    city: "Hradec Králové",
    zips: ["500 02", "500 03"],
    streets: ["Gočárova třída", "Pražská třída", "Hradecká"],
    weight: 3,
  },
  { city: "Pardubice", zips: ["530 02"], streets: ["Třída Míru", "Palackého", "Sladkovského"], weight: 3 },
  { city: "Zlín", zips: ["760 01"], streets: ["Štefánikova", "Třída Tomáše Bati", "Dlouhá"], weight: 2 },
  { city: "Kladno", zips: ["272 01"], streets: ["Huťská", "Kročehlavská", "T. G. Masaryka"], weight: 2 },
  { city: "Jihlava", zips: ["586 01"], streets: ["Znojemská", "Masarykovo náměstí", "Brněnská"], weight: 2 },
];

export const SK_TOWNS: readonly Town[] = [
  {
    city: "Bratislava",
    zips: ["811 01", "821 08", "831 04"],
    streets: ["Obchodná", "Šancová", "Miletičova", "Karadžičova"],
    weight: 5,
  },
  { city: "Košice", zips: ["040 01", "040 11"], streets: ["Hlavná", "Štúrova", "Moyzesova"], weight: 3 },
  { city: "Žilina", zips: ["010 01"], streets: ["Národná", "Hurbanova"], weight: 2 },
];

/** [male, female] forms. */
export const CZ_SURNAMES: readonly (readonly [string, string])[] = [
  ["Novák", "Nováková"],
  ["Svoboda", "Svobodová"],
  ["Novotný", "Novotná"],
  ["Dvořák", "Dvořáková"],
  ["Černý", "Černá"],
  ["Procházka", "Procházková"],
  ["Kučera", "Kučerová"],
  ["Veselý", "Veselá"],
  ["Horák", "Horáková"],
  ["Němec", "Němcová"],
  ["Marek", "Marková"],
  ["Pospíšil", "Pospíšilová"],
  ["Pokorný", "Pokorná"],
  ["Hájek", "Hájková"],
  ["Král", "Králová"],
  ["Jelínek", "Jelínková"],
  ["Růžička", "Růžičková"],
  ["Beneš", "Benešová"],
  ["Fiala", "Fialová"],
  ["Sedláček", "Sedláčková"],
];
export const CZ_MALE = [
  "Jiří",
  "Jan",
  "Petr",
  "Josef",
  "Pavel",
  "Martin",
  "Tomáš",
  "Jaroslav",
  "Miroslav",
  "Zdeněk",
  "Lukáš",
  "Jakub",
  "David",
  "Ondřej",
  "Michal",
];
export const CZ_FEMALE = [
  "Jana",
  "Eva",
  "Hana",
  "Anna",
  "Lenka",
  "Kateřina",
  "Lucie",
  "Petra",
  "Veronika",
  "Martina",
  "Tereza",
  "Michaela",
  "Alena",
  "Markéta",
  "Zuzana",
];

export const SK_SURNAMES: readonly (readonly [string, string])[] = [
  ["Kováč", "Kováčová"],
  ["Horváth", "Horváthová"],
  ["Tóth", "Tóthová"],
  ["Baláž", "Balážová"],
  ["Varga", "Vargová"],
  ["Szabó", "Szabová"],
];
export const SK_MALE = ["Peter", "Martin", "Michal", "Lukáš", "Juraj", "Marek"];
export const SK_FEMALE = ["Katarína", "Zuzana", "Jana", "Mária", "Lucia", "Monika"];

export const CZ_EMAIL_DOMAINS = ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "volny.cz", "post.cz"];
export const SK_EMAIL_DOMAINS = ["azet.sk", "gmail.com", "centrum.sk", "zoznam.sk"];

export const COMPANY_NAMES = [
  "Kavárna U Zvonu s.r.o.",
  "Pekařství Horák a syn s.r.o.",
  "Restaurace Na Rohu s.r.o.",
  "Bistro Kuchařka s.r.o.",
  "Hotel Slunce a.s.",
  "Penzion Pod Lesem s.r.o.",
  "Školní jídelna Líšeň, p.o.",
  "Cukrárna Sladký sen s.r.o.",
];
export const SK_COMPANY_NAMES = ["Kaviareň Tatra s.r.o.", "Reštaurácia Dunaj s.r.o.", "Penzión Javorina s.r.o."];

export const CUSTOMER_NOTES = [
  "Prosím doručit po 16. hodině.",
  "Zvonek nefunguje, prosím volejte.",
  "Dárkové balení, fakturu prosím nevkládat do balíku.",
  "Nechte prosím u sousedů v přízemí.",
  "Prosím o pečlivé zabalení, jde o dárek.",
];
export const OUR_NOTES = [
  "Zákazník volal, prosí o urychlení.",
  "VIP zákazník – přidat vzorek.",
  "Pozor: opakovaná reklamace.",
  "Ověřit adresu telefonicky.",
];
