import { describe, expect, it } from 'vitest';
import { forIndexing, withoutIndexMeta } from './search-index.ts';

describe('forIndexing', () => {
  it('separates a term from its description and table cells from each other', () => {
    expect(forIndexing('<dl><dt>Địa bàn</dt><dd>thôn Vĩnh Thịnh</dd></dl>')).toBe('<dl><dt>Địa bàn </dt><dd>thôn Vĩnh Thịnh </dd></dl>');
    expect(forIndexing('<tr><th>Chỉ tiêu</th><td>4.200 m²</td></tr>')).toBe('<tr><th>Chỉ tiêu </th><td>4.200 m² </td></tr>');
  });
  it('leaves other markup alone', () => {
    expect(forIndexing('<p>Nhà <b>lưới</b></p>')).toBe('<p>Nhà <b>lưới</b></p>');
  });
});

describe('withoutIndexMeta', () => {
  it('takes out the tags written for the index alone, and nothing else', () => {
    const head =
      '<meta name="description" content="Mô tả"><meta name="pagefind-filter-type" data-pagefind-filter="type[content]" content="Mô hình">' +
      '<meta name="pagefind-meta-when" data-pagefind-meta="when[content]" content="bài ngày 23/12/2022"><meta property="og:title" content="T">';
    expect(withoutIndexMeta(head)).toBe('<meta name="description" content="Mô tả"><meta property="og:title" content="T">');
  });
});
