/**
 * Size limits for content, about ten times the largest file of 2026 (an article of 12,7 KB, a
 * dataset of 5,2 KB with 17 figures, places.json of 8,3 KB). A file past them is refused before it is
 * parsed, so a mistaken paste or a hostile upload cannot make the build slow or a page huge.
 * CONTRIBUTING.md states them ("Giới hạn kích thước").
 */
export const LIMITS = {
  /** Bytes of one MDX file (frontmatter and body). */
  mdxFile: 128 * 1024,
  /** Characters of one MDX body. */
  body: 120_000,
  /** Bytes of one dataset file in content/stats/. */
  datasetFile: 64 * 1024,
  /** Figures (observations) in one dataset. */
  observations: 200,
  /** Bytes of content/places.json or content/sources.json. */
  listFile: 128 * 1024,
  /** Bytes of one uploaded photo (content/<models|articles>/anh/): a phone photo saved as JPEG. */
  photoFile: 2 * 1024 * 1024,
  /** Pixels (width × height) of one photo: decoding more would make the build slow and hungry. */
  photoPixels: 40_000_000,
} as const;

/** "128 KB", "5,0 MB": sizes as a Vietnamese reader writes them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** Why a file of `bytes` is too big for its kind; undefined when it is not. */
export function fileTooBig(bytes: number, limit: number, what: string): string | undefined {
  if (bytes <= limit) return undefined;
  return `tệp dài ${formatBytes(bytes)}, quá giới hạn ${formatBytes(limit)} cho ${what} (size limit): chia thành nhiều tệp, hoặc bỏ phần dán nhầm`;
}
