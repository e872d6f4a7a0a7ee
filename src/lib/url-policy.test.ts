import { describe, expect, it } from 'vitest';
import { urlProblem } from './url-policy.ts';
import { parentChain } from './places.ts';

describe('urlProblem', () => {
  it.each([
    'https://baothachha.vn/bai-viet?id=1',
    'http://example.vn',
    'mailto:bbt@example.vn',
    'tel:+84239',
    '/mo-hinh/nha-luoi/',
    '#muc-1',
  ])('lets a link to %s through', (url) => {
    expect(urlProblem(url, 'link')).toBeUndefined();
  });
  it.each([
    ['javascript:alert(1)', 'giao thức javascript:'],
    ['JAVASCRIPT:alert(1)', 'giao thức javascript:'],
    ['data:text/html,x', 'giao thức data:'],
    ['vbscript:x', 'giao thức vbscript:'],
    ['java\tscript:x', 'khoảng trắng, ký tự điều khiển'],
    [' javascript:x', 'khoảng trắng, ký tự điều khiển'],
    ['/\\evil.example', 'dấu \\'],
    ['//evil.example/x', 'thiếu giao thức'],
    ['https://', 'không hợp lệ'],
    ['trang.html', 'không rõ'],
  ])('refuses a link to %j', (url, message) => {
    expect(urlProblem(url, 'link')).toContain(message);
  });
  it.each(['https://tracker.example/p.gif', '//cdn.example/x.png', 'data:image/png;base64,AAAA', 'anh.png'])(
    'refuses an image from %s',
    (url) => {
      expect(urlProblem(url, 'image')).toContain('không nằm trên trang này');
    },
  );
  it('lets a site image through', () => {
    expect(urlProblem('/minh-hoa/nha-luoi.svg', 'image')).toBeUndefined();
  });
});

describe('parentChain', () => {
  const parents: Record<string, string | null> = { a: 'b', b: 'c', c: 'a', x: 'y', y: null };
  it('stops on a loop and names it', () => {
    expect(parentChain('a', (id) => parents[id])).toEqual({ chain: ['a', 'b', 'c'], loop: ['a', 'b', 'c', 'a'] });
  });
  it('walks a sound chain to its top', () => {
    expect(parentChain('x', (id) => parents[id])).toEqual({ chain: ['x', 'y'] });
  });
  it('stops past the deepest chain there can be', () => {
    const deep = (id: string) => `${id}x`;
    expect(parentChain('a', deep).tooDeep).toBe(true);
  });
});
