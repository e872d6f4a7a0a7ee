import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxGate } from './content-guard.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvk-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Calls the plugin's load hook as Vite would, for a file with this text. */
function load(name: string, text: string): unknown {
  const path = join(dir, name);
  writeFileSync(path, text);
  const hook = mdxGate().load as (this: { error: (message: string) => never }, id: string) => unknown;
  return hook.call(
    {
      error: (message: string) => {
        throw new Error(message);
      },
    },
    `${path}?astroContentCollectionEntry=true`,
  );
}

describe('the MDX gate in front of the compiler (also in astro dev)', () => {
  it('refuses to load a body with code, naming file, line and what to do', () => {
    expect(() => load('leak.mdx', "---\nname: x\n---\n\nimport fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd')}\n")).toThrow(
      /leak\.mdx › nội dung, dòng 5: không được dùng import\/export[\s\S]*leak\.mdx › nội dung, dòng 7: không được dùng biểu thức/,
    );
    expect(() => load('click.mdx', '<div onclick="alert(1)">x</div>\n')).toThrow(/thuộc tính sự kiện onclick/);
  });
  it('lets a clean body through unchanged, and a decomposed one through in NFC', () => {
    expect(load('ok.mdx', '---\nname: x\n---\n\nChữ <Figure of="a#b" /> và [liên kết](/mo-hinh/x/).\n')).toBeUndefined();
    expect(load('nfd.mdx', 'Thạch Hà'.normalize('NFD'))).toBe('Thạch Hà');
  });
  it('leaves other files alone', () => {
    expect(load('other.md', '{leak}')).toBeUndefined();
  });
});
