import type { Place } from '../schemas/places.ts';
/** Places in one parent chain, at most: country, province, district, commune, village are five; three spare. */
export const MAX_PLACE_DEPTH = 8;

/**
 * The chain of parents above `id`, walked with a guard: stops at a place seen before (a loop) or past
 * MAX_PLACE_DEPTH. `loop` is the chain from the first repeated place back to itself.
 */
export function parentChain(
  id: string,
  parentOf: (id: string) => string | null | undefined,
): { chain: string[]; loop?: string[]; tooDeep?: boolean } {
  const chain: string[] = [];
  for (let current: string | null | undefined = id; current; current = parentOf(current)) {
    const at = chain.indexOf(current);
    if (at >= 0) return { chain, loop: [...chain.slice(at), current] };
    chain.push(current);
    if (chain.length > MAX_PLACE_DEPTH) return { chain, tooDeep: true };
  }
  return { chain };
}

/** "huyện Thạch Hà", "thôn Vĩnh Thịnh", "thành phố Đà Nẵng". */
export function placeLabel(place: Pick<Place, 'name' | 'level'>): string {
  return `${place.level} ${place.name}`;
}

/** Sentence-initial form: "Huyện Thạch Hà". */
export function placeTitle(place: Pick<Place, 'name' | 'level'>): string {
  const label = placeLabel(place);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
