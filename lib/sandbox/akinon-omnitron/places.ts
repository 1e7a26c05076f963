// Turkish places for generated addresses: five big cities, their townships (ilçe) and districts (mahalle).

export interface Township {
  id: number;
  name: string;
  postcode: string;
  districts: readonly { id: number; name: string }[];
}

export interface City {
  id: number;
  name: string;
  weight: number;
  townships: readonly Township[];
}

const township = (id: number, name: string, postcode: string, districts: string[]): Township => ({
  id,
  name,
  postcode,
  districts: districts.map((district, index) => ({ id: id * 100 + index + 1, name: `${district} Mah.` })),
});

// City ids follow the plate codes; township/district ids are stable arbitrary ints like Omnitron's own tables.
// biome-ignore format: one township per line reads as the table it is
export const CITIES: readonly City[] = [
  { id: 34, name: "İstanbul", weight: 40, townships: [
    township(3401, "Kadıköy", "34710", ["Caferağa", "Fenerbahçe", "Göztepe"]),
    township(3402, "Beşiktaş", "34353", ["Levent", "Etiler", "Bebek"]),
    township(3403, "Üsküdar", "34662", ["Altunizade", "Kuzguncuk"]),
    township(3404, "Şişli", "34381", ["Mecidiyeköy", "Teşvikiye"]),
    township(3405, "Ataşehir", "34758", ["Atatürk", "Barbaros"]),
    township(3406, "Bakırköy", "34142", ["Ataköy 1. Kısım", "Yeşilköy"]),
  ] },
  { id: 6, name: "Ankara", weight: 18, townships: [
    township(601, "Çankaya", "06690", ["Kızılay", "Bahçelievler", "Ayrancı"]),
    township(602, "Keçiören", "06280", ["Etlik", "Kalaba"]),
    township(603, "Yenimahalle", "06170", ["Batıkent", "Demetevler"]),
  ] },
  { id: 35, name: "İzmir", weight: 16, townships: [
    township(3501, "Karşıyaka", "35530", ["Bostanlı", "Mavişehir"]),
    township(3502, "Bornova", "35040", ["Kazımdirik", "Erzene"]),
    township(3503, "Konak", "35250", ["Alsancak", "Göztepe"]),
  ] },
  { id: 16, name: "Bursa", weight: 12, townships: [
    township(1601, "Nilüfer", "16110", ["Görükle", "Beşevler"]),
    township(1602, "Osmangazi", "16040", ["Çekirge", "Hamitler"]),
  ] },
  { id: 7, name: "Antalya", weight: 14, townships: [
    township(701, "Muratpaşa", "07100", ["Lara", "Fener"]),
    township(702, "Konyaaltı", "07070", ["Liman", "Hurma"]),
  ] },
];

// biome-ignore format: a word list
export const STREETS = [
  "Atatürk Cad.", "Cumhuriyet Cad.", "İnönü Cad.", "Bağdat Cad.", "Gazi Mustafa Kemal Bulvarı", "Menekşe Sok.", "Lale Sok.",
  "Çınar Sok.", "Karanfil Sok.", "Gül Sok.", "Fevzi Çakmak Cad.", "Kazım Karabekir Cad.",
];

export const ADDRESS_NOTES = [
  "Kapıya bırakabilirsiniz.",
  "Zili çalmayın, arayın lütfen.",
  "Kapıcıya teslim edilebilir.",
];
