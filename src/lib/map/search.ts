/**
 * Accent-insensitive search over municipality names, including both parts of Sámi and Kven parallel names
 * ("Kautokeino - Guovdageaidnu"). Knows nothing about the DOM, Astro or where the names come from.
 */

/** Letters that Unicode does not decompose into a base letter plus accent, spelled the way readers type them. */
const plainLetters: Readonly<Record<string, string>> = {ø: 'o', æ: 'ae', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss', ł: 'l'};

/**
 * Lower case, accents stripped, Nordic letters spelled out: `normaliseName("Tromsø")` → `"tromso"`,
 * `normaliseName("Bærum")` → `"baerum"`, `normaliseName("Åfjord")` → `"afjord"`, `normaliseName("Čáhcesuolu")` → `"cahcesuolu"`.
 */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæđŋŧßł]/g, (c) => plainLetters[c] ?? c)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The searchable forms of an official name: the whole name and each of its parallel names. */
export function nameParts(name: string): string[] {
  const parts = name.split(' - ').map(normaliseName);
  return parts.length > 1 ? [normaliseName(name), ...parts] : parts;
}

/** A name prepared once for many searches. */
export interface SearchEntry {
  /** Index into the caller's list. */
  index: number;
  /** Normalised forms from {@link nameParts}; the first is the whole name, used for sorting. */
  parts: string[];
}

/** Prepares names for {@link searchNames}. */
export function searchIndex(names: readonly string[]): SearchEntry[] {
  return names.map((name, index) => ({index, parts: nameParts(name)}));
}

/**
 * Indices of the names matching a query, best first: a name (or parallel name) that equals the query, then ones
 * starting with it, then ones containing it; alphabetical within each tier. At most `limit`.
 * @example searchNames(searchIndex(["Tromsø - Romsa - Tromssa", "Oslo"]), "tromso") // [0]
 */
export function searchNames(index: readonly SearchEntry[], query: string, limit = 8): number[] {
  const q = normaliseName(query);
  if (!q) return [];
  const tier = (parts: string[]) =>
    parts.some((p) => p === q)
      ? 0
      : parts.some((p) => p.startsWith(q) || p.includes(` ${q}`))
        ? 1
        : parts.some((p) => p.includes(q))
          ? 2
          : 3;
  return index
    .map((entry) => ({index: entry.index, key: entry.parts[0] ?? '', tier: tier(entry.parts)}))
    .filter((m) => m.tier < 3)
    .sort((a, b) => a.tier - b.tier || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map((m) => m.index);
}
