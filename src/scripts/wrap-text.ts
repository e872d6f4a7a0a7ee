/**
 * Splits text into lines no wider than `width` pixels in the context's current font. A word wider than
 * a whole line (a web address) is broken between characters.
 */
export function wrapToWidth(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (context.measureText(next).width <= width) line = next;
    else if (context.measureText(word).width <= width) {
      if (line) lines.push(line);
      line = word;
    } else {
      if (line) lines.push(line);
      line = '';
      for (const char of word) {
        if (line && context.measureText(line + char).width > width) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
