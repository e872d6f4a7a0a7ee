/**
 * The picture a page shows when it is shared on Zalo or Facebook (Open Graph image, 1200×630):
 * site name, section, title and summary, drawn at build time with Satori (layout and text to SVG
 * paths) and resvg (SVG to PNG), with the Be Vietnam Pro font from npm. No external service.
 */
import { renderAsync } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Section label above the title, e.g. "Mô hình". */
  section: string;
  title: string;
  description: string;
  /** Site name shown at the top. */
  site: string;
  /** Host name shown at the bottom, e.g. "dvk.example.org". */
  host: string;
  /** Line at the bottom right. */
  tagline: string;
}

const require = createRequire(import.meta.url);
// Whole TrueType files (not web subsets): Satori shapes a run of text with one font, so a font split
// into Latin and Vietnamese subsets loses letters such as "ậ" and "đ".
const FONT_FILES = { 400: '400Regular/BeVietnamPro_400Regular.ttf', 700: '700Bold/BeVietnamPro_700Bold.ttf' } as const;

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  return (fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Be Vietnam Pro',
    data: readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${FONT_FILES[weight]}`)),
    weight,
    style: 'normal' as const,
  })));
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

// Satori takes React-like nodes; writing them as plain objects avoids a JSX toolchain.
type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({ type: 'div', props: { style, children } });

// Colours from src/styles/global.css (@theme).
const BRAND = '#0b5d4b';
const BRAND_SOFT = '#e3f0eb';
const INK = '#1c2321';
const MUTED = '#4f5b57';
const PAPER = '#fbfaf7';

function layout(card: ShareCard): Node {
  const title = clip(card.title, 110);
  const titleSize = title.length > 70 ? 52 : title.length > 40 ? 60 : 68;
  return box({ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: PAPER, fontFamily: 'Be Vietnam Pro' }, [
    box({ height: 18, background: BRAND, display: 'flex' }, []),
    box({ flex: 1, display: 'flex', flexDirection: 'column', padding: '48px 72px 40px' }, [
      box({ display: 'flex', alignItems: 'center', gap: 20 }, [
        box({ fontSize: 34, fontWeight: 700, color: BRAND }, card.site),
        box(
          {
            fontSize: 26,
            color: BRAND,
            background: BRAND_SOFT,
            borderRadius: 999,
            padding: '6px 22px',
            display: card.section ? 'flex' : 'none',
          },
          card.section,
        ),
      ]),
      box({ marginTop: 36, fontSize: titleSize, fontWeight: 700, color: INK, lineHeight: 1.2, display: 'flex' }, title),
      box({ marginTop: 24, fontSize: 30, color: MUTED, lineHeight: 1.4, display: 'flex' }, clip(card.description, 150)),
      box({ marginTop: 'auto', display: 'flex', justifyContent: 'space-between', fontSize: 24, color: MUTED }, [
        box({ display: 'flex' }, card.host),
        box({ display: 'flex' }, card.tagline),
      ]),
    ]),
  ]);
}

/** The card as SVG (text drawn as paths, so it needs no font to display). */
export async function shareSvg(card: ShareCard): Promise<string> {
  // Satori's types expect a React element; this node has the same shape.
  return satori(layout(card) as unknown as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts: loadFonts() });
}

/** The card as PNG bytes. resvg renders on libuv's thread pool, so several cards render in parallel. */
export async function renderShareImage(card: ShareCard, svg?: string): Promise<Buffer> {
  svg ??= await shareSvg(card);
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width }, font: { loadSystemFonts: false } });
  return image.asPng();
}
