// The soak's dice.
export const random = (n) => Math.floor(Math.random() * n);
export const pick = (items) => items[random(items.length)];
export const chance = (p) => Math.random() < p;
