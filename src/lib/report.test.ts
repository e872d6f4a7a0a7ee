import { describe, expect, it } from 'vitest';
import { reportLink, reportSubject } from './report.ts';

describe('reportLink', () => {
  const input = {
    email: 'bandanvan@example.vn',
    page: 'Chỉ tiêu tỷ lệ năm 2021 của huyện Chợ Mới',
    url: 'https://dvk.example.vn/so-lieu/cho-moi-2021-chi-tieu-ty-le/#bhyt-moi-xa',
    figure: 'cho-moi-2021-chi-tieu-ty-le#bhyt-moi-xa',
    citation: 'Trang Dân vận khéo, “Chỉ tiêu tỷ lệ…”, truy cập ngày [ngày truy cập].',
  };

  it('names the page and the figure in the subject', () => {
    expect(reportSubject(input)).toBe('Báo lỗi: Chỉ tiêu tỷ lệ năm 2021 của huyện Chợ Mới [cho-moi-2021-chi-tieu-ty-le#bhyt-moi-xa]');
  });

  it('is a mailto: link a mail program reads back to the same subject and body', () => {
    const link = reportLink(input);
    expect(link.startsWith('mailto:bandanvan@example.vn?subject=')).toBe(true);
    const params = new URLSearchParams(link.slice(link.indexOf('?') + 1).replaceAll('+', '%2B'));
    expect(params.get('subject')).toBe(reportSubject(input));
    expect(params.get('body')).toContain(`Trích dẫn: ${input.citation}`);
    expect(params.get('body')).toContain(input.url);
    // No raw space, "&" or "#" that would cut the subject or body short.
    expect(link.slice(link.indexOf('?') + 1)).not.toMatch(/[ #]|&(?!body=)/);
  });
});
