/**
 * Place names in prose and data ("xã Trà Mai và Trà Dơn", "huyện Thạch Hà") resolved against
 * content/places.json. Two communes of Nam Trà My differ only by a vowel mark (Trà Don, Trà Dơn), so a
 * name is matched as written, with its marks; a name that matches a place only once marks are folded
 * is a misspelling or a missing place, and is reported. A name shared by a place before the 2025 reform
 * and the unit formed then ("tỉnh An Giang") means the one the sources knew, unless followed by "(mới)".
 */
import { slugify } from './slugify.ts';

export interface PlaceName {
  id: string;
  name: string;
  level: string;
  aliases?: readonly string[];
  validFrom?: string | undefined;
}

export interface Mention {
  /** As written: "xã Trà Dơn". */
  text: string;
  level: string;
  name: string;
  /** The one place it names, when it names exactly one. */
  id?: string;
  problem?: string;
}

/** Level words, longest first so "thị xã" wins over "xã". */
const LEVEL_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'huyện', 'tỉnh', 'xã', 'thôn', 'ấp', 'khóm'];
const NAME = String.raw`\p{Lu}[\p{L}]*(?:[ ](?:\p{Lu}[\p{L}]*|\d+))*`;
const MENTION = new RegExp(
  String.raw`(?<![\p{L}])(${LEVEL_WORDS.join('|')}) (${NAME})((?:(?:, | và )(?:${LEVEL_WORDS.join('|')} )?${NAME})*)`,
  'gu',
);
const NEXT = new RegExp(String.raw`(?:, | và )(?:(${LEVEL_WORDS.join('|')}) )?(${NAME})`, 'gu');

/** Every "level Name" in a text, with names listed after it ("xã Trà Mai và Trà Dơn") at the same level. */
export function findMentions(text: string): { level: string; name: string; text: string; after: string }[] {
  const found: { level: string; name: string; text: string; after: string }[] = [];
  for (const match of text.matchAll(MENTION)) {
    const level = match[1]!;
    const end = (match.index ?? 0) + match[0].length;
    const after = text.slice(end, end + 6);
    found.push({ level, name: match[2]!, text: `${level} ${match[2]}`, after: match[3] ? '' : after });
    for (const next of (match[3] ?? '').matchAll(NEXT)) {
      const nextLevel = next[1] ?? level;
      found.push({ level: nextLevel, name: next[2]!, text: `${nextLevel} ${next[2]}`, after: '' });
    }
  }
  return found;
}

const key = (level: string, name: string) => `${level}|${name}`;

/** Resolves each mention in `text` to one place id, or says why it cannot. */
export function resolveMentions(text: string, places: readonly PlaceName[]): Mention[] {
  const exact = new Map<string, PlaceName[]>();
  const folded = new Map<string, PlaceName[]>();
  const add = (map: Map<string, PlaceName[]>, k: string, place: PlaceName) => map.set(k, [...(map.get(k) ?? []), place]);
  for (const place of places) {
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      add(exact, key(place.level, name), place);
      add(folded, slugify(key(place.level, name)), place);
    }
  }
  return findMentions(text).flatMap(({ level, name, text: written, after }): Mention[] => {
    const candidates = exact.get(key(level, name)) ?? [];
    if (candidates.length === 0) {
      const near = folded.get(slugify(key(level, name))) ?? [];
      if (near.length === 0) return [];
      const spellings = near.map((p) => `${p.level} ${p.name} (${p.id})`).join(', ');
      return [
        {
          text: written,
          level,
          name,
          problem: `“${written}” không có trong content/places.json; gần giống ${spellings}: viết đúng dấu như tên trong places.json, hoặc thêm địa phương này`,
        },
      ];
    }
    const isNew = after.trimStart().startsWith('(mới)');
    const chosen = candidates.filter((p) => (p.validFrom !== undefined) === isNew);
    if (chosen.length !== 1) {
      return [
        { text: written, level, name, problem: `“${written}” ứng với ${candidates.map((p) => p.id).join(', ')}: cần đúng một địa phương` },
      ];
    }
    return [{ text: written, level, name, id: chosen[0]!.id }];
  });
}
