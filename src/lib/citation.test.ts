import { describe, expect, it } from 'vitest';
import { fullCitation, shortCitation } from './citation.ts';

const input = {
  data: { title: 'Mô hình “Dân vận khéo” ở huyện Thạch Hà năm 2022, theo lĩnh vực', period: { from: '2022' }, asOf: '2022-12-23' },
  places: [
    { name: 'Thạch Hà', level: 'huyện' as const },
    { name: 'Hà Tĩnh', level: 'tỉnh' as const },
  ],
  source: {
    title: 'Huyện Thạch Hà: đẩy mạnh phong trào',
    titleIsDescriptive: false,
    author: 'Nguyễn Văn A',
    authorUnit: 'Ban Dân vận Huyện ủy',
    publisher: 'Cổng thông tin',
    date: '2022-12-23',
  },
  url: 'https://example.org/so-lieu/thach-ha/',
};

describe('citations', () => {
  it('short: site, title in quotes, address, access date', () => {
    expect(shortCitation({ ...input, accessed: '23/11/2026' })).toBe(
      'Trang Dân vận khéo, “Mô hình ‘Dân vận khéo’ ở huyện Thạch Hà năm 2022, theo lĩnh vực”, https://example.org/so-lieu/thach-ha/, truy cập ngày 23/11/2026.',
    );
  });

  it('full: place as named at the time, period, original article with author, body and date', () => {
    const text = fullCitation(input);
    expect(text).toContain('[bộ số liệu], huyện Thạch Hà, tỉnh Hà Tĩnh, thời kỳ 2022, số liệu tính đến 23/12/2022.');
    expect(text).toContain(
      'Tổng hợp từ: Nguyễn Văn A, Ban Dân vận Huyện ủy, “Huyện Thạch Hà: đẩy mạnh phong trào”, Cổng thông tin, ngày 23/12/2022.',
    );
    expect(text).toMatch(/Truy cập tại: https:\/\/example\.org\/so-lieu\/thach-ha\/, ngày \[ngày truy cập\]\.$/);
  });

  it('brackets a descriptive title and leaves out what the source does not give', () => {
    const text = fullCitation({ ...input, source: { title: 'Bài viết về Long An', titleIsDescriptive: true } });
    expect(text).toContain('Tổng hợp từ: [Bài viết về Long An].');
    expect(fullCitation({ ...input, source: { ...input.source, date: '2024' } })).toContain('Cổng thông tin, năm 2024.');
  });
});

describe('citations of a version', () => {
  it('name the version, its date and its stable file', () => {
    const input = {
      data: { title: 'Bộ thử', period: { from: '2022' }, asOf: '2022-12-23', version: 2 },
      places: [{ name: 'Thạch Hà', level: 'huyện' as const }],
      source: undefined,
      url: 'https://example.vn/so-lieu/bo-thu/',
      versionDate: '2026-12-01',
      versionCsv: 'https://example.vn/du-lieu/bo-thu/v2.csv',
    };
    expect(shortCitation(input)).toBe(
      'Trang Dân vận khéo, “Bộ thử”, phiên bản 2 (01/12/2026), https://example.vn/so-lieu/bo-thu/, truy cập ngày [ngày truy cập].',
    );
    expect(fullCitation(input)).toContain('[bộ số liệu, phiên bản 2 (01/12/2026)]');
    expect(fullCitation(input)).toContain('Số liệu của phiên bản này: https://example.vn/du-lieu/bo-thu/v2.csv.');
  });
});
