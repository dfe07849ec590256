import type { Span } from '../types';

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
    inlineCode(line, start, out);
  }
  if (fence) out.push({ start: fence.start, end: text.length });
  return out;
}

/**
 * Inline code spans of one line: a run of backticks closed by the next run of the same length.
 * Linear: each run is looked at once, and a run's closer is found through a per-length index.
 */
function inlineCode(line: string, base: number, out: Span[]): void {
  const runs: Array<{ at: number; len: number }> = [];
  for (const m of line.matchAll(/`+/g)) runs.push({ at: m.index!, len: m[0].length });
  if (runs.length < 2) return;
  const byLength = new Map<number, number[]>();
  runs.forEach((r, i) => {
    const list = byLength.get(r.len) ?? [];
    list.push(i);
    byLength.set(r.len, list);
  });
  const cursor = new Map<number, number>(); // next unused position in each length's list
  for (let i = 0; i < runs.length; i++) {
    const list = byLength.get(runs[i].len)!;
    let c = cursor.get(runs[i].len) ?? 0;
    while (c < list.length && list[c] <= i) c++;
    cursor.set(runs[i].len, c);
    if (c >= list.length) continue; // no closer: the backticks are literal
    const j = list[c];
    out.push({ start: base + runs[i].at, end: base + runs[j].at + runs[j].len });
    i = j;
  }
}

/** An inline link or image: "[text](target)" or "![alt](target "title")", on one line. */
const INLINE_LINK = /(!?)\[([^\]\n]{0,500})\]\(([^()\s]{0,2000}(?:\s+"[^"\n]{0,500}")?)\)/g;
/** A reference link, "[text][label]" or "[text][]". */
const REFERENCE_LINK = /\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]/g;
/** A link reference definition, "[label]: target", a line of its own; an autolink, "<https://…>"; an HTML comment. */
const NOT_PROSE = /^ {0,3}\[[^\]\n]{1,200}\]:[^\n]*|<(?:https?|mailto):[^\s<>]{1,2000}>|<!--[\s\S]{0,20000}?-->/gm;

/**
 * Ranges of a markdown text that are link syntax, not prose: the brackets and target of a link
 * ("[" and "](https://…)" around "Ana Ruiz"), whole images, reference definitions, autolinks and
 * HTML comments. A link's words stay: "said [Ana Ruiz](…)" reads as "said Ana Ruiz".
 */
export function markdownLinkRanges(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(INLINE_LINK)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[1]) out.push({ start, end });
    else {
      const textEnd = start + 1 + m[2].length;
      out.push({ start, end: start + 1 }, { start: textEnd, end });
    }
  }
  for (const m of text.matchAll(REFERENCE_LINK)) {
    const start = m.index!;
    out.push({ start, end: start + 1 }, { start: start + 1 + m[1].length, end: start + m[0].length });
  }
  for (const m of text.matchAll(NOT_PROSE)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
