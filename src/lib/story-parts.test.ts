import { describe, expect, it } from 'vitest';
import {
  balanceParts,
  bodySections,
  estimateWeight,
  groupSections,
  gzipSize,
  htmlSections,
  listsWeight,
  modelsShownInText,
  PART_BUDGET,
  partCount,
  partPath,
} from './story-parts.ts';

const noLists = { models: [], datasets: [], places: [] };

/** Vietnamese-like text that gzip cannot squeeze to nothing: `words` words drawn from a fixed seed. */
function prose(words: number, seed = 1): string {
  const vocabulary = ['xã', 'hộ', 'mô hình', 'dân vận', 'khéo', 'vận động', 'bà con', 'nông thôn', 'tuyên truyền', 'hội viên'];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out.push(`${vocabulary[x % vocabulary.length]}${x % 97}`);
  }
  return out.join(' ');
}

describe('bodySections', () => {
  it('cuts before each top-level ## heading and keeps the lead', () => {
    const body = 'Mở đầu.\n\n## Một\n\nA.\n\n### Nhỏ\n\nB.\n\n## Hai\n\nC.';
    expect(bodySections(body)).toEqual(['Mở đầu.\n', '## Một\n\nA.\n\n### Nhỏ\n\nB.\n', '## Hai\n\nC.']);
  });

  it('does not cut at a ## inside a fenced block, a quote or a list', () => {
    const body = 'Mở đầu.\n\n```\n## không phải tiêu đề\n```\n\n> ## trích\n\n- ## mục\n\n   ## Thụt ba dấu cách';
    const sections = bodySections(body);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toBe('   ## Thụt ba dấu cách');
  });

  it('gives one piece, the lead, to a text without headings', () => {
    expect(bodySections('Chỉ một đoạn.')).toEqual(['Chỉ một đoạn.']);
  });
});

describe('estimateWeight', () => {
  it('adds what each embedded component renders to', () => {
    const text = prose(50);
    expect(estimateWeight(`${text}\n\n<DatasetTable of="x" />`)).toBeGreaterThan(estimateWeight(text) + 500);
    expect(estimateWeight(`${text} <Figure of="x#y" />`)).toBeGreaterThan(estimateWeight(text));
  });
});

describe('partCount', () => {
  it('keeps a short story whole', () => {
    expect(partCount(`Mở đầu.\n\n## Một\n\n${prose(80)}`, noLists)).toBe(1);
  });

  it('cuts a long story in as many parts as the budget needs, never more than it has sections', () => {
    const sections = Array.from({ length: 6 }, (_, i) => `## Mục ${i}\n\n${prose(500, i + 1)}`);
    const body = `Mở đầu.\n\n${sections.join('\n\n')}`;
    const count = partCount(body, noLists);
    expect(count).toBe(Math.ceil(estimateWeight(body) / PART_BUDGET));
    expect(count).toBeGreaterThan(1);
    expect(partCount(`${prose(3000)}`, noLists)).toBe(1);
  });

  it('counts the model cards listed after the text, but not those the text shows', () => {
    const body = `Mở đầu <ModelCard of="a" />`;
    expect([...modelsShownInText(body)]).toEqual(['a']);
    const heavier = listsWeight(body, { models: ['a', 'b', 'c'], datasets: [], places: [] });
    const lighter = listsWeight(body, { models: ['a'], datasets: [], places: [] });
    expect(heavier - lighter).toBeGreaterThan(2 * 100);
  });
});

describe('balanceParts', () => {
  it('makes the heaviest part as light as it can be', () => {
    // [5] [1 1 1 1 1] [5] weighs 5 at most; any other cut puts 6 or more in one part.
    expect(balanceParts([5, 1, 1, 1, 1, 1, 5], 3)).toEqual([0, 1, 6]);
    expect(balanceParts([1, 1, 1, 1], 2)).toEqual([0, 2]);
  });

  it('gives every part at least one section, and no more parts than sections', () => {
    expect(balanceParts([9, 1], 5)).toEqual([0, 1]);
    expect(balanceParts([3], 1)).toEqual([0]);
    const starts = balanceParts([1, 100, 1, 1], 3);
    expect(new Set(starts).size).toBe(3);
    expect(starts[0]).toBe(0);
  });

  it('on a tie, leaves the earlier parts fuller', () => {
    expect(balanceParts([2, 2, 2], 2)).toEqual([0, 2]);
  });
});

describe('htmlSections and groupSections', () => {
  const html =
    '<p>Mở đầu</p>\n<h2 id="mot">Một</h2>\n<p>A</p>\n<blockquote>\n<h2 id="trich">Trích</h2>\n</blockquote>\n<h2 id="hai">Hai</h2>\n<p>B</p>';
  const headings = [
    { id: 'mot', text: 'Một' },
    { id: 'trich', text: 'Trích' },
    { id: 'hai', text: 'Hai' },
  ];

  it('cuts the rendered text before each top-level h2 only, losing nothing', () => {
    const sections = htmlSections(html, headings);
    expect(sections.map((s) => s.heading?.text)).toEqual([undefined, 'Một', 'Hai']);
    expect(sections.map((s) => s.html).join('')).toBe(html);
    expect(sections[1]!.html).toContain('<blockquote>');
  });

  it('groups sections into the parts asked for, counting what follows the last one', () => {
    const big = (id: string) => ({ html: `<h2 id="${id}">${id}</h2><p>${prose(300)}</p>` });
    const sections = [{ html: '<p>Mở đầu</p>' }, big('a'), big('b'), big('c')];
    expect(groupSections(sections, 2).map((g) => g.length)).toEqual([2, 2]);
    // A list after the text as heavy as a section makes the last part hold one section only.
    expect(groupSections(sections, 2, `<ul>${prose(300, 7)}</ul>`).map((g) => g.length)).toEqual([3, 1]);
    expect(groupSections(sections, 9).map((g) => g.length)).toEqual([1, 1, 1, 1]);
    // What part 1 carries besides its text (structured data, lead) sends a section on to the next part.
    const twoSections = 2 * gzipSize(big('a').html);
    expect(groupSections(sections, 2, '', twoSections).map((g) => g.length)).toEqual([1, 3]);
  });
});

describe('partPath', () => {
  it('keeps part 1 at the story address and numbers the others', () => {
    expect(partPath('bai-a', 1)).toBe('/bai-viet/bai-a/');
    expect(partPath('bai-a', 2)).toBe('/bai-viet/bai-a/phan-2/');
  });
});
