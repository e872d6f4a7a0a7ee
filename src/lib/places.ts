import type { Place } from '../schemas/places.ts';

/** "huyện Thạch Hà", "thôn Vĩnh Thịnh", "thành phố Đà Nẵng". */
export function placeLabel(place: Pick<Place, 'name' | 'level'>): string {
  return `${place.level} ${place.name}`;
}

/** Sentence-initial form: "Huyện Thạch Hà". */
export function placeTitle(place: Pick<Place, 'name' | 'level'>): string {
  const label = placeLabel(place);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
