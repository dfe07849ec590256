import * as vscode from 'vscode';
import { STANCE_LABELS, type Analysis, type QuoteFinding, type Speaker } from '../analysis/index';
import { STANCE_ICON } from './look';
import { toRange } from './ranges';

const KIND_LABEL: Record<QuoteFinding['kind'], string> = { direct: 'direct quote', partial: 'partial quote', unquoted: 'unquoted speech', indirect: 'reported speech' };

/**
 * Escapes document text for a MarkdownString: markdown punctuation, HTML and theme-icon syntax
 * all come out as plain characters, so a quote can never inject links, commands or markup.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+\-.!|~>$:]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/** The hover card for a quote: speaker, role, stance and its cues, kind, and the speaker's count. */
export function hoverCard(q: QuoteFinding, speaker: Speaker | undefined, firstLine: number | null): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  const who = q.speaker ? `**${escapeMarkdown(q.speaker)}**` : '**Unattributed**';
  md.appendMarkdown(`${who}${q.role ? ` — ${escapeMarkdown(q.role)}` : ''}\n\n`);
  md.appendMarkdown(`$(${STANCE_ICON[q.stance]}) ${STANCE_LABELS[q.stance]} · ${KIND_LABEL[q.kind]} · confidence ${Math.round(q.confidence * 100)}%\n\n`);
  if (q.cues.length) md.appendMarkdown(`Decided by: ${q.cues.map((c) => `_${escapeMarkdown(c.text)}_`).join(', ')}\n\n`);
  if (q.mention) md.appendMarkdown(`Attributed by “${escapeMarkdown(q.mention.text)}”${q.cue ? ` (${escapeMarkdown(q.cue)})` : ''}\n\n`);
  if (speaker) {
    const n = speaker.quotes.length;
    md.appendMarkdown(`${n} quote${n === 1 ? '' : 's'} by this speaker in the document${firstLine !== null ? ` · first introduced on line ${firstLine + 1}` : ''}`);
  }
  return md;
}

/** Looks up the analysis of a document; `null` when it has none (yet). */
export type AnalysisLookup = (doc: vscode.TextDocument) => Analysis | null;

/** Shows the card when the pointer is on a quote or on the mention that attributes it. */
export class QuoteHoverProvider implements vscode.HoverProvider {
  constructor(private readonly lookup: AnalysisLookup) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const a = this.lookup(doc);
    if (!a) return undefined;
    const at = doc.offsetAt(pos);
    const q = a.quotes.find((x) => x.start <= at && at <= x.end) ?? a.quotes.find((x) => x.mention && x.mention.start <= at && at <= x.mention.end);
    if (!q) return undefined;
    const onMention = !!q.mention && q.mention.start <= at && at <= q.mention.end && !(q.start <= at && at <= q.end);
    const speaker = a.speakers.find((s) => s.name === q.speaker);
    const first = speaker?.mentions[0] ?? null;
    const firstLine = first ? doc.positionAt(first.start).line : null;
    const range = onMention ? toRange(doc, q.mention!.start, q.mention!.end) : toRange(doc, q.start, q.end);
    return new vscode.Hover(hoverCard(q, speaker, firstLine), range);
  }
}
