import type { Span } from './types';

/**
 * Ranges of a markdown text that hold code (fenced blocks, indented blocks and inline code spans),
 * which are not prose and must not be analysed. Linear in the text length.
 */
export function markdownCodeRanges(text: string): Span[] {
  const out: Span[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  let fence: { marker: string; start: number } | null = null;
  let m: RegExpExecArray | null;
  let prevBlank = true;
  while ((m = lineRe.exec(text)) && m[0].length) {
    const line = m[0];
    const start = m.index;
    const end = start + line.length;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence.marker[0] && fenceMatch[1].length >= fence.marker.length) {
        out.push({ start: fence.start, end });
        fence = null;
      }
      continue;
    }
    if (fenceMatch) {
      fence = { marker: fenceMatch[1], start };
      continue;
    }
    if (prevBlank && /^(?: {4}|\t)\S/.test(line)) {
      out.push({ start, end });
      continue;
    }
    prevBlank = line.trim() === '';
    // Inline code: a run of backticks closed by the same run on the same line.
    const inline = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
    let c: RegExpExecArray | null;
    while ((c = inline.exec(line))) out.push({ start: start + c.index, end: start + c.index + c[0].length });
  }
  if (fence) out.push({ start: fence.start, end: text.length });
  return out;
}
