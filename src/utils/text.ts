/** Plain text of the first paragraph of an MDX/Markdown body (skips headings, components and comments). */
export function firstParagraph(body: string | undefined): string {
  if (!body) return '';
  const paragraph = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !/^(#|<|\{|-|\d+\.|import |export )/.test(p));
  return (paragraph ?? '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[*_]{1,2}/g, '').replace(/\s+/g, ' ');
}

/** Whole sentences from the start of `text`, as many as fit in `max` characters (at least one). */
export function leadingSentences(text: string, max = 200): string {
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out && (out + s).length > max) break;
    out += s;
  }
  return out.trim();
}

/**
 * Lines no wider than `width`. Breaks only at ordinary spaces, so a number (joined by no-break
 * spaces) stays whole.
 */
export function wrapLines(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
