/**
 * MDX bodies are a closed language. MDX is JavaScript: an `import`, an `export` or a `{…}` would run
 * on the build machine, and an `onclick` or a `<script>` in the reader's browser. Content written in
 * web forms by many hands may therefore use only:
 *   - Markdown (headings, lists, tables, links, images, emphasis, quotes, footnotes);
 *   - the site's own components (src/components/mdx) with literal props: of="…", label;
 *   - a few HTML text elements (<abbr title="…">, <sub>, <sup>…) with `title` and `lang` only;
 *   - addresses allowed by url-policy.ts.
 * The check reads the syntax tree from the same MDX parser Astro compiles with (satteri), never the
 * text, so what is checked is what would be compiled.
 */
import { mdxToMdast } from 'satteri';
import { urlProblem } from './url-policy.ts';
import { closest } from './suggest.ts';

type PropKind = 'string' | 'boolean' | 'number';

/** The site's MDX components and the props each takes (keep in sync with src/components/mdx). */
export const COMPONENT_PROPS = {
  Figure: { of: 'string', label: 'boolean' },
  Fact: { of: 'string', label: 'boolean' },
  ModelCard: { of: 'string' },
  DatasetTable: { of: 'string' },
  Chart: { of: 'string' },
  General: {},
} as const satisfies Record<string, Record<string, PropKind>>;

/** Components an MDX body may use (provided by src/components/mdx). */
export const MDX_COMPONENTS = Object.keys(COMPONENT_PROPS) as (keyof typeof COMPONENT_PROPS)[];

/** HTML elements allowed in a body: inline text semantics only, nothing that loads or runs anything. */
export const HTML_ELEMENTS = [
  'abbr',
  'b',
  'br',
  'cite',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'wbr',
] as const;
/** Attributes allowed on those elements. */
export const HTML_ATTRIBUTES = ['title', 'lang'] as const;

/** Elements that run code, style the page or embed another page: named as such in messages. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'template',
  'noscript',
]);

/** Markdown node types a body may contain, besides MDX elements (checked one by one). */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'break',
  'table',
  'tableRow',
  'tableCell',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition',
]);

/** Features Astro's MDX integration parses with (GitHub-flavoured Markdown on). */
export const MDX_FEATURES = { gfm: true } as const;

export interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

export interface BodyProblem {
  /** Line in the body (1-based), when known. */
  line: number | undefined;
  message: string;
}

/** Parses a body as Astro would; a syntax error comes back with its line and the parser's words. */
export function parseMdx(body: string): { tree: MdNode } | { error: { line: number | undefined; detail: string } } {
  try {
    return { tree: mdxToMdast(body, { features: MDX_FEATURES }) as MdNode };
  } catch (error) {
    const message = (error as Error).message;
    const position = /^(\d+):(\d+)/.exec(message);
    return { error: { line: position ? Number(position[1]) : undefined, detail: message.replace(/^\d+:\d+:\s*/, '') } };
  }
}

const list = (names: readonly string[]) => names.map((n) => `<${n}>`).join(', ');

function attributeProblems(node: MdNode, allowed: Record<string, PropKind>, isComponent: boolean): string[] {
  const tag = `<${node.name ?? ''}>`;
  const problems: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(`thuộc tính trải {…} (spread attribute) trong ${tag} không được dùng: xóa nó, ghi từng thuộc tính dạng tên="giá trị"`);
      continue;
    }
    const name = attribute.name;
    const value = attribute.value;
    if (/^on/i.test(name)) {
      problems.push(`thuộc tính sự kiện ${name} (event handler) trong ${tag} không được dùng: nội dung không được chạy mã; xóa ${name}`);
      continue;
    }
    if (name.toLowerCase() === 'style') {
      problems.push(`thuộc tính style trong ${tag} không được dùng: cách trình bày do giao diện của trang quyết định; xóa style`);
      continue;
    }
    const kind = allowed[name];
    if (!kind) {
      const names = Object.keys(allowed);
      const guess = closest(name, names);
      problems.push(
        `thuộc tính "${name}" không dùng được trong ${tag} (unknown attribute)${guess ? `; có phải "${guess}"?` : ''}. ${names.length ? `Thuộc tính dùng được: ${names.join(', ')}` : `${tag} không nhận thuộc tính nào`}`,
      );
      continue;
    }
    const isExpression = typeof value === 'object' && value !== null;
    if (isExpression) {
      const expression = String((value as { value?: unknown }).value ?? '').trim();
      // A number literal is the one expression a number prop takes: <X n={3} />.
      if (kind === 'number' && expression !== '' && Number.isFinite(Number(expression)) && /^-?\d+(\.\d+)?$/.test(expression)) continue;
      problems.push(
        `thuộc tính ${name}={…} trong ${tag} là biểu thức (expression attribute), không được dùng: ${kind === 'boolean' ? `viết ${name} không kèm giá trị, hoặc bỏ hẳn` : `ghi giá trị trong dấu ngoặc kép, ví dụ ${name}="…"`}`,
      );
      continue;
    }
    if (kind === 'boolean' && value !== null && value !== undefined) {
      problems.push(`thuộc tính ${name} trong ${tag} là bật/tắt: viết ${name} không kèm giá trị, hoặc bỏ hẳn`);
    } else if (kind !== 'boolean' && (value === null || value === undefined)) {
      problems.push(`thuộc tính ${name} trong ${tag} cần giá trị: viết ${name}="…"`);
    } else if (isComponent === false && typeof value === 'string' && name === 'lang' && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
      problems.push(`mã ngôn ngữ lang="${value}" trong ${tag} không hợp lệ: viết ví dụ lang="en"`);
    }
  }
  return problems;
}

/** What is wrong with one node of the tree (not its children). */
function nodeProblems(node: MdNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        'không được dùng import/export trong nội dung (ESM): nội dung không được chạy mã; xóa dòng này. Các thành phần <Figure>, <Fact>, <ModelCard>… dùng được ngay, không cần import',
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [
        `không được dùng biểu thức {${String(node.value ?? '').slice(0, 40)}} trong nội dung (expression): nội dung không được chạy mã; xóa nó. Muốn hiện dấu ngoặc nhọn thì viết \\{ và \\}; ghi chú {/* … */} cũng không dùng được`,
      ];
    case 'html':
      return ['mã HTML thô (raw HTML) không được dùng: viết bằng Markdown'];
    case 'link':
    case 'definition': {
      const problem = urlProblem(node.url ?? '', 'link');
      return problem ? [`liên kết: ${problem}`] : [];
    }
    case 'image': {
      const problem = urlProblem(node.url ?? '', 'image');
      return problem ? [problem] : [];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    default:
      return MARKDOWN_NODES.has(node.type)
        ? []
        : [`cú pháp "${node.type}" không dùng được trong nội dung: viết bằng Markdown hoặc các thành phần ${list(MDX_COMPONENTS)}`];
  }
}

function elementProblems(node: MdNode): string[] {
  const name = node.name ?? '';
  if (name === '') return ['thẻ rỗng <>…</> (fragment) không được dùng: xóa <> và </>'];
  if (Object.hasOwn(COMPONENT_PROPS, name)) {
    return attributeProblems(node, COMPONENT_PROPS[name as keyof typeof COMPONENT_PROPS], true);
  }
  const lower = name.toLowerCase();
  // An element refused as a whole still has its handlers named: they say what the file was trying to do.
  const dangerous = () =>
    attributeProblems(node, {}, false).filter((m) => m.includes('(event handler)') || m.includes('style') || m.includes('(spread'));
  if (ACTIVE_ELEMENTS.has(lower)) {
    return [`thẻ <${name}> không được dùng trong nội dung: nó chạy mã, đổi giao diện hoặc nhúng trang khác; xóa thẻ này`, ...dangerous()];
  }
  if (/^[A-Z]/.test(name) || name.includes('.') || name.includes(':')) {
    const guess = closest(name, MDX_COMPONENTS);
    return [
      `thành phần MDX không có (unknown component) <${name}>${guess ? `; có phải <${guess}>?` : '.'} Dùng một trong: ${MDX_COMPONENTS.join(', ')}`,
    ];
  }
  if (!(HTML_ELEMENTS as readonly string[]).includes(name)) {
    return [
      `thẻ HTML <${name}> không có trong danh sách cho phép: viết bằng Markdown (ảnh: ![mô tả](/duong-dan), liên kết: [chữ](địa-chỉ)), hoặc dùng ${list(HTML_ELEMENTS)}, hay các thành phần ${list(MDX_COMPONENTS)}`,
      ...dangerous(),
    ];
  }
  return attributeProblems(node, Object.fromEntries(HTML_ATTRIBUTES.map((a) => [a, 'string' as const])), false);
}

/** Every node that breaks the policy, with its line in the body, in document order. */
export function policyProblems(tree: MdNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: MdNode) => {
    for (const message of nodeProblems(node)) problems.push({ line: node.position?.start.line, message });
    // The code of an import or an expression is not content: its children are not looked at.
    if (node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** Parses and checks a body: syntax errors first, then what the policy refuses. */
export function checkMdxBody(body: string): BodyProblem[] {
  const parsed = parseMdx(body);
  if ('error' in parsed) return [{ line: parsed.error.line, message: `MDX sai cú pháp (syntax error): ${parsed.error.detail}` }];
  return policyProblems(parsed.tree);
}
