import { describe, expect, it } from 'vitest';
import { forIndexing } from './search-index.ts';

describe('forIndexing', () => {
  it('separates a term from its description and table cells from each other', () => {
    expect(forIndexing('<dl><dt>Địa bàn</dt><dd>thôn Vĩnh Thịnh</dd></dl>')).toBe('<dl><dt>Địa bàn </dt><dd>thôn Vĩnh Thịnh </dd></dl>');
    expect(forIndexing('<tr><th>Chỉ tiêu</th><td>4.200 m²</td></tr>')).toBe('<tr><th>Chỉ tiêu </th><td>4.200 m² </td></tr>');
  });
  it('leaves other markup alone', () => {
    expect(forIndexing('<p>Nhà <b>lưới</b></p>')).toBe('<p>Nhà <b>lưới</b></p>');
  });
});
