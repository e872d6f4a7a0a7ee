import { describe, expect, it } from 'vitest';
import { readContent } from './content-files.ts';
import { findMentions, resolveMentions, type PlaceName } from './place-mentions.ts';
import { projectRoot } from '../tests/build-helpers.ts';

const places: PlaceName[] = [
  { id: 'tra-don', name: 'Trà Don', level: 'xã' },
  { id: 'tra-don-o-moc', name: 'Trà Dơn', level: 'xã' },
  { id: 'tra-mai', name: 'Trà Mai', level: 'xã' },
  { id: 'tra-vinh', name: 'Trà Vinh', level: 'tỉnh' },
  { id: 'tra-vinh-nam-tra-my', name: 'Trà Vinh', level: 'xã' },
  { id: 'an-giang', name: 'An Giang', level: 'tỉnh' },
  { id: 'an-giang-2025', name: 'An Giang', level: 'tỉnh', validFrom: '2025-07-01' },
];

describe('place mentions', () => {
  it('reads names listed after one level word', () => {
    expect(findMentions('ở xã Trà Mai và Trà Dơn, huyện Nam Trà My').map((m) => m.text)).toEqual([
      'xã Trà Mai',
      'xã Trà Dơn',
      'huyện Nam Trà My',
    ]);
  });

  it('tells two communes apart by their vowel marks', () => {
    const ids = resolveMentions('xã Trà Mai và Trà Don; xã Trà Mai và Trà Dơn', places).map((m) => m.id);
    expect(ids).toEqual(['tra-mai', 'tra-don', 'tra-mai', 'tra-don-o-moc']);
  });

  it('reports a name that matches a place only once marks are folded', () => {
    const [mention] = resolveMentions('xã Trà Đôn', places);
    expect(mention?.problem).toMatch(/không có trong content\/places.json; gần giống xã Trà Don \(tra-don\), xã Trà Dơn \(tra-don-o-moc\)/);
  });

  it('uses the level to choose between a province and a commune, and "(mới)" for the unit formed in 2025', () => {
    expect(resolveMentions('tỉnh Trà Vinh, xã Trà Vinh', places).map((m) => m.id)).toEqual(['tra-vinh', 'tra-vinh-nam-tra-my']);
    expect(resolveMentions('tỉnh An Giang (mới)', places).map((m) => m.id)).toEqual(['an-giang-2025']);
    expect(resolveMentions('tỉnh An Giang cũ', places).map((m) => m.id)).toEqual(['an-giang']);
  });

  it('every place named in content/ resolves to exactly one place id', () => {
    const entries = readContent(projectRoot);
    const known = entries.filter((e) => e.collection === 'places').map((e) => e.data as PlaceName);
    expect(known.length).toBeGreaterThan(30);
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(texts)
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(texts)
            : [];
    const problems: string[] = [];
    let resolved = 0;
    for (const entry of entries) {
      if (entry.collection === 'places' || entry.collection === 'sources') continue;
      for (const text of [...texts(entry.data), entry.body ?? '']) {
        for (const mention of resolveMentions(text, known)) {
          if (mention.problem) problems.push(`${entry.file}: ${mention.problem}`);
          else resolved++;
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(resolved).toBeGreaterThan(100);
  });
});
