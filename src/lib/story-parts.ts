/**
 * Long stories are served in parts, so every story page stays within the first network round trip
 * (13 KB gzip of HTML + CSS; see src/tests/weight.ts). A story is cut only between its sections (a
 * `## heading` and what follows it, up to the next one), never inside a paragraph, table or card.
 *
 * How many parts a story has must be known before any page is rendered (`getStaticPaths`), so it is
 * estimated from the MDX body: `partCount`. Which sections go in which part is decided on the
 * rendered HTML, from the real gzip size of each section: `balanceParts`. The page-weight test checks
 * that the estimate kept every part within the budget.
 */
import { gzipSync } from 'node:zlib';

/**
 * Gzip bytes one story page has for its text, tables and cards: the 13 KB budget less the page
 * around them (CSS, head, header, footer, byline, list of parts, source, sharing, print QR: about
 * 9,4 KB), less a margin for what a part loses by being compressed apart from the rest.
 */
export const PART_BUDGET = 3700;

/** What an embedded component adds to its section, in gzip bytes, beyond its tag in the MDX source. */
const COMPONENT_WEIGHT: Record<string, number> = {
  ModelCard: 170,
  DatasetTable: 900,
  Chart: 250,
  Figure: 25,
  Fact: 25,
};

export const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;

/** A top-level `## ` heading line of Markdown (up to three spaces of indent, as CommonMark allows). */
const H2_LINE = /^ {0,3}##(?:[ \t]|$)/;
const FENCE = /^ {0,3}(```|~~~)/;

/** The text of a section's `## ` heading (Markdown marks kept), or '' for the lead, which has none. */
export const sectionHeading = (section: string) => /^ {0,3}##[ \t]*(.*)$/m.exec(section)?.[1]?.trim() ?? '';

/** The MDX body cut before each top-level `## ` heading: the lead (possibly empty), then one piece per section. */
export function bodySections(body: string): string[] {
  const sections: string[][] = [[]];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const open = FENCE.exec(line)?.[1];
    if (open) fence = fence === undefined ? open : fence === open ? undefined : fence;
    if (fence === undefined && H2_LINE.test(line)) sections.push([]);
    sections.at(-1)!.push(line);
  }
  return sections.map((lines) => lines.join('\n'));
}

/**
 * The sections too heavy for one part on their own: a story is cut only between sections, so such a
 * section makes a page over the budget. With the 1-based line of the body each starts on, and its heading.
 */
export function oversizedSections(body: string, budget = PART_BUDGET): { line: number; heading: string; weight: number }[] {
  let line = 1;
  return bodySections(body).flatMap((section) => {
    const start = line;
    line += section.split('\n').length;
    const weight = estimateWeight(section);
    if (weight <= budget) return [];
    return [{ line: start, heading: sectionHeading(section), weight }];
  });
}

/** The estimated gzip bytes a piece of MDX renders to (see COMPONENT_WEIGHT). */
export function estimateWeight(mdx: string): number {
  let weight = gzipSize(mdx);
  for (const [name, add] of Object.entries(COMPONENT_WEIGHT)) {
    weight += add * (mdx.match(new RegExp(`<${name}[\\s/>]`, 'g'))?.length ?? 0);
  }
  return weight;
}

/** The models a story's text shows as cards (`<ModelCard of="…" />`): its closing list leaves them out. */
export const modelsShownInText = (body: string) => new Set([...body.matchAll(/<ModelCard\s+of="([^"]+)"/g)].map((m) => m[1]!));

/** What a story names, listed after its text on its last page. */
export interface StoryLists {
  models: readonly string[];
  datasets: readonly string[];
  places: readonly string[];
}

/** Estimated gzip bytes of the lists after a story's text: a card per model not shown in the text, a line per dataset and place. */
export function listsWeight(body: string, lists: StoryLists): number {
  const shown = modelsShownInText(body);
  const models = lists.models.filter((id) => !shown.has(id)).length;
  return 150 + COMPONENT_WEIGHT.ModelCard! * models + 45 * lists.datasets.length + 25 * lists.places.length;
}

/**
 * How many parts a story is served in: as few as keep each within `budget`, judged by the estimate of
 * the whole text and the lists after it, never more than it has sections.
 */
export function partCount(body: string, lists: StoryLists, budget = PART_BUDGET): number {
  const weight = estimateWeight(body) + listsWeight(body, lists);
  return Math.min(bodySections(body).length, Math.max(1, Math.ceil(weight / budget)));
}

/**
 * Cuts `count` consecutive groups from `weights` so that the heaviest group is as light as it can
 * be (the linear partition problem); returns the index of each group's first item. Ties go to the
 * cut that leaves earlier groups fuller, so part 1 carries the lead.
 */
export function balanceParts(weights: readonly number[], count: number): number[] {
  const n = weights.length;
  const k = Math.max(1, Math.min(count, n));
  const prefix = [0];
  for (const w of weights) prefix.push(prefix.at(-1)! + w);
  const sum = (from: number, to: number) => prefix[to]! - prefix[from]!;
  // best[j][i]: the lightest "heaviest group" for items 0..i-1 in j groups; cut[j][i]: where group j starts.
  const best = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = j; i <= n; i++) {
      for (let s = i - 1; s >= j - 1; s--) {
        const cost = Math.max(best[j - 1]![s]!, sum(s, i));
        if (cost < best[j]![i]!) {
          best[j]![i] = cost;
          cut[j]![i] = s;
        }
      }
    }
  }
  const starts: number[] = [];
  for (let j = k, i = n; j >= 1; j--) {
    const s = cut[j]![i]!;
    starts.unshift(s);
    i = s;
  }
  return starts;
}

/** The container elements a heading inside another block would be nested in. */
const CONTAINERS = ['blockquote', 'ul', 'ol', 'li', 'div', 'section', 'details', 'table', 'figure', 'article', 'aside'];

/** Whether `html` up to `at` has closed every container it opened, so `at` is between top-level blocks. */
function atTopLevel(html: string, at: number): boolean {
  const before = html.slice(0, at);
  return CONTAINERS.every(
    (tag) => (before.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0) === (before.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0),
  );
}

/** A piece of rendered story HTML: the lead (no heading) or one section, with its heading's id and text. */
export interface HtmlSection {
  heading?: { id: string; text: string } | undefined;
  html: string;
}

/**
 * Rendered story HTML cut before each level-2 heading (found by the ids Astro gave them): the lead,
 * then one piece per section. A heading nested inside another block is not a cut.
 */
export function htmlSections(html: string, headings: readonly { id: string; text: string }[]): HtmlSection[] {
  const cuts = headings
    .map((heading) => ({ heading, at: html.indexOf(`<h2 id="${heading.id}"`) }))
    .filter(({ at }) => at > 0 && atTopLevel(html, at))
    .sort((a, b) => a.at - b.at);
  const lead: HtmlSection = { html: html.slice(0, cuts[0]?.at ?? html.length) };
  return [lead, ...cuts.map(({ heading, at }, i) => ({ heading, html: html.slice(at, cuts[i + 1]?.at ?? html.length) }))];
}

/**
 * Sections grouped into `count` parts (fewer if there are fewer sections), balanced by real gzip size.
 * What only the first or the last part carries counts there: `head`, gzip bytes part 1 has besides its
 * text (structured data, lead paragraph); `tail`, the HTML after the last part's text (the story's lists).
 */
export function groupSections<T extends { html: string }>(sections: readonly T[], count: number, tail = '', head = 0): T[][] {
  const weights = sections.map((s) => gzipSize(s.html));
  if (weights.length > 0) weights[0]! += head;
  if (tail && weights.length > 0) weights[weights.length - 1]! += gzipSize(tail);
  const starts = balanceParts(weights, count);
  return starts.map((start, i) => sections.slice(start, starts[i + 1] ?? sections.length));
}

/** The last segment of the address of part `n` (2 and on) of a story: `phan-2`. */
export const partSegment = (n: number) => `phan-${n}`;

/** The address of part `n` (1-based) of a story: part 1 is the story's own address. */
export const partPath = (slug: string, n: number) => (n <= 1 ? `/bai-viet/${slug}/` : `/bai-viet/${slug}/${partSegment(n)}/`);
