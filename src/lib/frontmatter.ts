/** The frontmatter of an MDX file, without Node: the checker and the admin in the browser both split files with it. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | null {
  const match = FRONTMATTER.exec(source);
  if (!match) return null;
  const frontmatter = match[1] ?? '';
  return {
    frontmatter,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
