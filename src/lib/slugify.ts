/**
 * Vietnamese-aware slug: tone marks removed, đ → d, lower case, words joined by hyphens.
 * slugify('Đảng bộ Thạch Hà') → 'dang-bo-thach-ha'
 */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Removes tone and vowel marks and folds đ/Đ to d/D, keeping case and punctuation. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
