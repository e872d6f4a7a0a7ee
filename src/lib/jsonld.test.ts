import { describe, expect, it } from 'vitest';
import { articleSchema } from '../schemas/articles.ts';
import { placeSchema } from '../schemas/places.ts';
import { sourceSchema } from '../schemas/sources.ts';
import { modelSchema } from '../schemas/models.ts';
import { agent, jsonLdText, modelJsonLd, placeJsonLd, sourceJsonLd, storyJsonLd, websiteJsonLd } from './jsonld.ts';

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
      site: { name: 'Dân vận khéo', url: 'https://e.org/', logo: 'https://e.org/logo.png' },
      source,
      places: [
        [
          { place: haTinh, url: 'https://e.org/dia-phuong/ha-tinh/' },
          { place: thachHa, url: 'https://e.org/dia-phuong/thach-ha/' },
        ],
      ],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Thạch Hà xây dựng 138 mô hình',
      datePublished: '2026-11-23',
      dateModified: '2026-11-23',
      author: { '@type': 'Organization', name: 'Ban biên tập' },
      publisher: {
        '@type': 'Organization',
        name: 'Dân vận khéo',
        url: 'https://e.org/',
        logo: { '@type': 'ImageObject', url: 'https://e.org/logo.png' },
      },
      keywords: 'Hà Tĩnh, nhà lưới',
      isBasedOn: { '@type': 'Article', author: { '@type': 'Person', name: 'Phan Thị Hương' } },
      spatialCoverage: [
        {
          '@type': 'Place',
          name: 'Huyện Thạch Hà',
          url: 'https://e.org/dia-phuong/thach-ha/',
          containedInPlace: { '@type': 'Place', name: 'Tỉnh Hà Tĩnh' },
        },
      ],
    });
  });

  it('describes a model as a Project: what, where, who leads it, which sources describe it', () => {
    const model = modelSchema.parse({
      name: 'Nhà lưới trồng rau',
      summary: 'Hộ dân trồng rau trong nhà lưới.',
      kind: 'ca-nhan',
      fields: ['kinh-te'],
      place: 'thach-ha',
      lead: { name: 'Hồ Văn Hà', type: 'cá nhân' },
      sources: [{ source: 'thach-ha-2022', says: 'Nêu mô hình.' }],
    });
    const data = modelJsonLd({
      model,
      url: 'https://e.org/mo-hinh/nha-luoi/',
      fields: ['Kinh tế'],
      place: [
        { place: haTinh, url: 'https://e.org/dia-phuong/ha-tinh/' },
        { place: thachHa, url: 'https://e.org/dia-phuong/thach-ha/' },
      ],
      sources: [{ source, page: 'https://e.org/nguon/thach-ha-2022/' }],
    });
    expect(data).toMatchObject({
      '@type': 'Project',
      name: 'Nhà lưới trồng rau',
      description: 'Hộ dân trồng rau trong nhà lưới.',
      keywords: 'Kinh tế',
      location: { '@type': 'Place', name: 'Huyện Thạch Hà', containedInPlace: { name: 'Tỉnh Hà Tĩnh' } },
      member: { '@type': 'Person', name: 'Hồ Văn Hà' },
      subjectOf: [{ '@type': 'Article', headline: source.title, datePublished: '2022-12-23' }],
    });
    // No lead in the source: no member.
    expect(modelJsonLd({ model: { ...model, lead: undefined }, url: 'x', fields: [], place: [], sources: [] })).not.toHaveProperty(
      'member',
    );
  });

  it('tells search engines how to search the site', () => {
    const data = websiteJsonLd({ name: 'Dân vận khéo', url: 'https://e.org/', logo: 'https://e.org/logo.png', description: 'Mô tả.' });
    expect(data).toMatchObject({
      '@type': 'WebSite',
      url: 'https://e.org/',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://e.org/tim-kiem/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
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
