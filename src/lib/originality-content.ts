/**
 * The originality check applied to content/: what prose each file holds, the fingerprints of the five
 * source articles, and what our text may share with them word for word.
 *
 * Names are copied on purpose: names of models, people, places and organisations, and the titles of
 * the source articles, must stay exactly as the sources spell them. They are read from content/ itself
 * (`namesIn`). Everything else that may be copied is listed below, each entry with the reason: official
 * names of campaigns, documents and slogans the sources cite, and quotations our text marks as quotes.
 * Keep this list short: when a passage is flagged, rewrite it rather than add it here.
 */
import { readFileSync } from 'node:fs';
import type { RawEntry } from './content-files.ts';
import { dataProse, fingerprint, joinProse, mdxProse, prepare, sharedRuns, type Exemption, type SharedRun } from './originality.ts';

/** Length of the word sequences the source fingerprints hold: the shortest run the check can see. */
export const FINGERPRINT_N = 6;
/** A run of this many words (names and allowlisted phrases not counted) shared with a source fails. */
export const MAX_SHARED_WORDS = 8;

/** Fingerprints of the source articles: for each file, its hashed FINGERPRINT_N-word sequences. */
export interface SeedFingerprints {
  n: number;
  seeds: Record<string, string>;
}

const FINGERPRINT_FILE = new URL('./originality-seeds.json', import.meta.url);

/**
 * The committed fingerprints of the five source articles (src/lib/originality-seeds.json). The check
 * runs from these, so it works on a fresh clone without the articles' text.
 */
export function loadSeedFingerprints(): Map<string, Set<string>> {
  return seedSets(JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as SeedFingerprints);
}

/** Stored fingerprints as one hash set per source article. */
export function seedSets(stored: SeedFingerprints): Map<string, Set<string>> {
  if (stored.n !== FINGERPRINT_N) throw new Error(`originality-seeds.json holds ${stored.n}-grams, expected ${FINGERPRINT_N}`);
  return new Map(Object.entries(stored.seeds).map(([name, hashes]) => [name, new Set(hashes.split(' '))]));
}

/** Fingerprints built from the source texts themselves, in the stored format (hashes sorted). */
export function fingerprintSeeds(texts: ReadonlyMap<string, string>): SeedFingerprints {
  const seeds: Record<string, string> = {};
  for (const [name, text] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
    seeds[name] = [...fingerprint(text, FINGERPRINT_N)].sort().join(' ');
  }
  return { n: FINGERPRINT_N, seeds };
}

/** The prose of each content file: frontmatter or JSON strings, then the MDX body. */
export function contentProse(entries: readonly RawEntry[]): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const entry of entries) {
    const list = parts.get(entry.file) ?? [];
    list.push(dataProse(entry.data));
    if (entry.body) list.push(mdxProse(entry.body));
    parts.set(entry.file, list);
  }
  return new Map([...parts].map(([file, list]) => [file, joinProse(list)]));
}

/** One file's runs shared with one source article. */
export interface Finding {
  file: string;
  seed: string;
  runs: SharedRun[];
}

/** Every run of `minLength` or more counted words that a content file shares with a source. */
export function findSharedRuns(
  entries: readonly RawEntry[],
  seeds: ReadonlyMap<string, ReadonlySet<string>>,
  minLength = MAX_SHARED_WORDS,
): Finding[] {
  const exemptions = [...ALLOWLIST, ...namesIn(entries)];
  const findings: Finding[] = [];
  for (const [file, prose] of contentProse(entries)) {
    const prepared = prepare(prose, FINGERPRINT_N, exemptions);
    for (const [seed, hashes] of seeds) {
      const runs = sharedRuns(prepared, hashes, { n: FINGERPRINT_N, minLength });
      if (runs.length > 0) findings.push({ file, seed, runs });
    }
  }
  return findings;
}

export const ALLOWLIST: readonly Exemption[] = [
  // The movement's own name, and its usual collocations.
  { text: 'thi đua “Dân vận khéo”', why: 'tên phong trào' },
  { text: 'mô hình “Dân vận khéo”', why: 'tên loại mô hình của phong trào' },

  // Fields (lĩnh vực): the closed set the sources and src/lib/vocabulary.ts use.
  { text: 'văn hóa – xã hội', why: 'tên lĩnh vực' },
  { text: 'quốc phòng – an ninh', why: 'tên lĩnh vực' },
  { text: 'xây dựng hệ thống chính trị', why: 'tên lĩnh vực' },
  { text: 'nông thôn mới, đô thị văn minh', why: 'tên lĩnh vực (Thạch Hà)' },

  // Organisations and offices, by their official names.
  { text: 'Mặt trận Tổ quốc', why: 'tên tổ chức (cả “Ủy ban Mặt trận Tổ quốc”, “Mặt trận Tổ quốc Việt Nam”)' },
  { text: 'tổ chức chính trị – xã hội', why: 'tên gọi chính thức của loại tổ chức' },
  { text: 'Ban Dân vận Huyện ủy', why: 'tên cơ quan' },
  { text: 'Ban Dân vận Tỉnh ủy', why: 'tên cơ quan' },
  { text: 'Phó Bí thư Thường trực Đảng ủy kiêm Trưởng khối Vận', why: 'chức danh người được trích lời' },

  // Documents the sources cite, by their official titles.
  { text: 'Chỉ thị số 38-CT/TW ngày 07/9/2009', why: 'tên văn bản' },
  { text: 'Kế hoạch số 07-KH/BCĐ ngày 22/02/2021', why: 'tên văn bản' },
  { text: 'Chỉ thị số 16/CT-TTg', why: 'tên văn bản' },
  { text: 'Chỉ thị số 33/CT-TTg', why: 'tên văn bản' },
  { text: 'Luật Thực hiện dân chủ ở cơ sở', why: 'tên văn bản' },
  { text: 'Quy định số 784-QĐ/TU của Ban Thường vụ Tỉnh ủy', why: 'tên văn bản' },
  { text: 'Nghị quyết TW 4, TW 8 và Chỉ thị 05 của Bộ Chính trị (khóa XII)', why: 'tên văn bản' },
  { text: 'Kế hoạch công tác dân vận chính quyền năm 2021', why: 'tên văn bản' },
  { text: 'Đề án xây dựng huyện Thạch Hà đạt chuẩn nông thôn mới nâng cao giai đoạn 2022 - 2025', why: 'tên văn bản' },
  { text: 'chỉ số năng lực cạnh tranh cấp tỉnh', why: 'tên chỉ số (PCI)' },
  { text: 'chỉ số hiệu quả quản trị và hành chính công', why: 'tên chỉ số (PAPI)' },

  // Themes, slogans and named criteria, which our text always puts in quotation marks.
  {
    text: '“Công tác dân vận trong việc tạo sự đồng thuận, nâng cao chỉ số hài lòng của Nhân dân trên địa bàn tỉnh”',
    why: 'chủ đề công tác dân vận năm 2024 của Long An',
    quotedOnly: true,
  },
  {
    text: '“Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”',
    why: 'tên chuyên đề học tập năm 2020',
    quotedOnly: true,
  },
  { text: '“Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”', why: 'phương châm', quotedOnly: true },
  { text: '“Dân biết, dân bàn, dân làm, dân kiểm tra”', why: 'phương châm', quotedOnly: true },
  { text: '“Công tác dân vận là trách nhiệm của cả hệ thống chính trị”', why: 'phương châm', quotedOnly: true },
  {
    text: '“Ăn, mặc, ở, lao động, học hành, đi lại, sức khỏe, giải trí, giao tiếp, nghỉ ngơi”',
    why: '10 tiêu chí tổ tự quản của Chợ Mới, trích nguyên văn',
    quotedOnly: true,
  },
  { text: '“Tổ tự quản bảo hiểm y tế kiểu mẫu”', why: 'tên tiêu chí', quotedOnly: true },
  { text: '“Gia đình bảo hiểm y tế kiểu mẫu”', why: 'tên tiêu chí', quotedOnly: true },
  { text: 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', why: 'tên cuộc vận động' },
  { text: 'nông dân sản xuất, kinh doanh giỏi', why: 'tên danh hiệu' },
  { text: 'hộ gia đình nông dân văn hóa', why: 'tên danh hiệu' },
  { text: '“45 hội gia đình hội viên phụ nữ”', why: 'trích nguyên văn cách viết khó hiểu của nguồn (Thạch Hà)', quotedOnly: true },
  {
    text: '“góp vốn hỗ trợ nhau chăn nuôi, mua bán, mua BHYT hộ gia đình, xây dựng hố xí”',
    why: 'trích nguyên văn để chỉ ra chỗ nguồn viết chưa rõ (mô hình góp vốn ở Long Hữu)',
    quotedOnly: true,
  },
];

/** Names content/ already records: model names and aliases, leads, places, source titles. */
export function namesIn(entries: readonly RawEntry[]): Exemption[] {
  const names: Exemption[] = [];
  const add = (text: unknown, why: string) => {
    if (typeof text === 'string' && text.trim()) names.push({ text, why });
  };
  for (const entry of entries) {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    if (entry.collection === 'models') {
      add(data.name, 'tên mô hình');
      for (const alias of Array.isArray(data.aliases) ? data.aliases : []) add(alias, 'tên khác của mô hình');
      add((data.lead as Record<string, unknown> | undefined)?.name, 'tên người, tổ chức phụ trách mô hình');
    } else if (entry.collection === 'places') {
      add(data.name, 'tên địa phương');
    } else if (entry.collection === 'sources') {
      add(data.title, 'tiêu đề bài gốc');
      add(data.author, 'tên tác giả');
      add(data.authorUnit, 'cơ quan của tác giả');
    }
  }
  return names;
}
