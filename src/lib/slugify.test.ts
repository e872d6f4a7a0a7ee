import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from './slugify.ts';

describe('slugify', () => {
  it('removes tone marks and folds đ to d', () => {
    expect(slugify('Đảng')).toBe('dang');
    expect(slugify('Hũ gạo tình thương')).toBe('hu-gao-tinh-thuong');
    expect(slugify('Thạch Hà')).toBe('thach-ha');
    expect(slugify('Đoàn Thanh niên')).toBe('doan-thanh-nien');
  });
  it('joins words with single hyphens and trims punctuation', () => {
    expect(slugify('  “Nhà sạch, vườn đẹp” – 45 hộ ')).toBe('nha-sach-vuon-dep-45-ho');
  });
  it('handles decomposed (NFD) input the same as composed', () => {
    expect(slugify('Thạch Hà'.normalize('NFD'))).toBe('thach-ha');
  });
  it('makes colliding names collide', () => {
    expect(slugify('Hủ gạo')).toBe(slugify('Hũ gạo'));
  });
  it('returns an empty string for text with no letters or digits', () => {
    expect(slugify('—')).toBe('');
  });
});

describe('foldVietnamese', () => {
  it('keeps case and spacing', () => {
    expect(foldVietnamese('Đảng bộ Thạch Hà')).toBe('Dang bo Thach Ha');
  });
});
