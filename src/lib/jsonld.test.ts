import { describe, expect, it } from 'vitest';
import { articleSchema } from '../schemas/articles.ts';
import { placeSchema } from '../schemas/places.ts';
import { sourceSchema } from '../schemas/sources.ts';
import { agent, jsonLdText, placeJsonLd, sourceJsonLd, storyJsonLd } from './jsonld.ts';

const source = sourceSchema.parse({
  id: 'thach-ha-2022',
  title: 'Huyện Thạch Hà đẩy mạnh phong trào thi đua “Dân vận khéo”',
  author: 'Phan Thị Hương',
  authorUnit: 'Ban Tuyên giáo Huyện ủy Thạch Hà',
  date: '2022-12-23',
  covers: { from: '2022' },
  file: 'x.txt',
});
const haTinh = placeSchema.parse({ id: 'ha-tinh', name: 'Hà Tĩnh', level: 'tỉnh', parent: null });
const thachHa = placeSchema.parse({ id: 'thach-ha', name: 'Thạch Hà', level: 'huyện', parent: 'ha-tinh', aliases: ['Thach Ha'] });

describe('JSON-LD', () => {
  it('tells a body from a person', () => {
    expect(agent('Ban biên tập')).toEqual({ '@type': 'Organization', name: 'Ban biên tập' });
    expect(agent('Hội Nông dân huyện')['@type']).toBe('Organization');
    expect(agent('Phan Thị Hương')).toEqual({ '@type': 'Person', name: 'Phan Thị Hương' });
  });

  it('names the source’s author as a Person with the unit they belong to', () => {
    expect(sourceJsonLd(source)).toEqual({
      '@type': 'Article',
      name: source.title,
      headline: source.title,
      inLanguage: 'vi',
      datePublished: '2022-12-23',
      author: {
        '@type': 'Person',
        name: 'Phan Thị Hương',
        affiliation: { '@type': 'Organization', name: 'Ban Tuyên giáo Huyện ủy Thạch Hà' },
      },
    });
    const untitled = sourceSchema.parse({
      id: 'x',
      title: 'Mô tả',
      titleIsDescriptive: true,
      dateNote: 'không có',
      covers: { from: '2024' },
      file: 'y',
    });
    expect(sourceJsonLd(untitled, 'https://e.org/nguon/x/')).toEqual({
      '@type': 'Article',
      name: 'Mô tả',
      inLanguage: 'vi',
      url: 'https://e.org/nguon/x/',
    });
  });

  it('describes a story as a NewsArticle based on its source', () => {
    const article = articleSchema.parse({
      title: 'Thạch Hà xây dựng 138 mô hình',
      summary: 'Tóm tắt.',
      published: '2026-11-23',
      author: 'Ban biên tập',
      source: 'thach-ha-2022',
      tags: ['Hà Tĩnh', 'nhà lưới'],
    });
    const data = storyJsonLd({
      article,
      url: 'https://e.org/bai-viet/a/',
      image: 'https://e.org/anh-chia-se/bai-viet/a.png',
      site: { name: 'Dân vận khéo', url: 'https://e.org/' },
      source,
      places: [{ place: thachHa, url: 'https://e.org/dia-phuong/thach-ha/' }],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Thạch Hà xây dựng 138 mô hình',
      datePublished: '2026-11-23',
      dateModified: '2026-11-23',
      author: { '@type': 'Organization', name: 'Ban biên tập' },
      publisher: { '@type': 'Organization', name: 'Dân vận khéo', url: 'https://e.org/' },
      keywords: 'Hà Tĩnh, nhà lưới',
      isBasedOn: { '@type': 'Article', author: { '@type': 'Person', name: 'Phan Thị Hương' } },
      spatialCoverage: [{ '@type': 'Place', name: 'Huyện Thạch Hà', url: 'https://e.org/dia-phuong/thach-ha/' }],
    });
  });

  it('places a unit inside its parents', () => {
    const data = placeJsonLd({
      chain: [
        { place: haTinh, url: 'https://e.org/dia-phuong/ha-tinh/' },
        { place: thachHa, url: 'https://e.org/dia-phuong/thach-ha/' },
      ],
      description: 'Huyện Thạch Hà, tỉnh Hà Tĩnh.',
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Huyện Thạch Hà',
      url: 'https://e.org/dia-phuong/thach-ha/',
      alternateName: ['Thach Ha'],
      containedInPlace: { '@type': 'Place', name: 'Tỉnh Hà Tĩnh', url: 'https://e.org/dia-phuong/ha-tinh/' },
      description: 'Huyện Thạch Hà, tỉnh Hà Tĩnh.',
    });
  });

  it('cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
