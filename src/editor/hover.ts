import * as vscode from 'vscode';
import { inferredFrom, STANCE_LABELS, STANCES, type Analysis, type QuoteFinding, type Speaker, type StanceCue } from '../analysis/index';
import { isCertain, type Settings } from './config';
import { featureLabel, STANCE_ICON } from './look';
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

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The stance line: the label and its probability, or "uncertain" with the competing stances. */
function stanceLine(q: QuoteFinding, settings: Pick<Settings, 'minConfidence'>): string {
  const kind = KIND_LABEL[q.kind];
  if (q.stanceFromRoster) return `$(${STANCE_ICON[q.stance]}) ${STANCE_LABELS[q.stance]} · ${kind} · set by the roster`;
  if (isCertain(q, settings)) return `$(${STANCE_ICON[q.stance]}) ${STANCE_LABELS[q.stance]} · ${kind} · confidence ${pct(q.confidence)}`;
  const ranked = [...STANCES].sort((a, b) => q.stanceScores[b] - q.stanceScores[a]);
  return `$(question) Uncertain · ${kind} · ${ranked.map((s) => `${STANCE_LABELS[s]} ${pct(q.stanceScores[s])}`).join(', ')}`;
}

/**
 * One cue as the card shows it: its words (with the negator that turns them, "not … betrayal"),
 * then what it is ("rejection, negated", "writer's framing, line 3").
 */
function cueText(c: StanceCue, framingLine: (words: string) => number | null): string {
  const words = c.negator ? `${c.negator} … ${c.text}` : c.text;
  // A negated word's valence is already flipped: "not … betrayal" is a negative word, negated.
  const label = c.negator && c.feature?.startsWith('valence:') ? `${c.feature.endsWith('positive') ? 'negative' : 'positive'} word, negated` : featureLabel(c.feature);
  const line = c.feature?.startsWith('framing:') ? framingLine(c.text) : null;
  const what = [label, line !== null ? `line ${line + 1}` : ''].filter(Boolean).join(', ');
  return `_${escapeMarkdown(words)}_${what ? ` (${escapeMarkdown(what)})` : ''}`;
}

/** The hover card for a quote: speaker, role, stance and what decided it, kind, and the speaker's count. */
export function hoverCard(q: QuoteFinding, speaker: Speaker | undefined, firstLine: number | null, settings: Pick<Settings, 'minConfidence'>,
  inferred: { text: string; line: number } | null = null, framingLine: (words: string) => number | null = () => null): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  const who = q.speaker ? `**${escapeMarkdown(q.speaker)}**` : '**Unattributed**';
  md.appendMarkdown(`${who}${q.role ? ` — ${escapeMarkdown(q.role)}` : ''}\n\n`);
  md.appendMarkdown(`${stanceLine(q, settings)}\n\n`);
  const cues = q.stanceFromRoster ? [] : q.cues;
  if (cues.length) {
    const lead = isCertain(q, settings) ? 'Decided by' : `Leaning ${STANCE_LABELS[q.stance].toLowerCase()} on`;
    md.appendMarkdown(`${lead}: ${cues.map((c) => cueText(c, framingLine)).join(', ')}\n\n`);
  }
  if (q.mention) md.appendMarkdown(`Attributed by “${escapeMarkdown(q.mention.text)}”${q.cue ? ` (${escapeMarkdown(q.cue)})` : ''}\n\n`);
  else if (q.inferred) md.appendMarkdown(`$(info) Speaker inferred: nothing in this paragraph attributes it${inferred ? `; carried over from “${escapeMarkdown(inferred.text)}” on line ${inferred.line + 1}` : ''}\n\n`);
  if (speaker) {
    const n = speaker.quotes.length;
    md.appendMarkdown(`${n} quote${n === 1 ? '' : 's'} by this speaker in the document${firstLine !== null ? ` · first introduced on line ${firstLine + 1}` : ''}`);
  }
  return md;
}

/** The line of the writer's framing words nearest a quote (they stand in its paragraph or the one before). */
function framingLine(doc: vscode.TextDocument, text: string, q: QuoteFinding, words: string): number | null {
  const before = text.lastIndexOf(words, q.start);
  const after = text.indexOf(words, q.end);
  const at = before < 0 ? after : after < 0 ? before : q.start - before <= after - q.end ? before : after;
  return at < 0 ? null : doc.positionAt(at).line;
}

/** Finds framing lines for one hover, reading the document's text once, and only if a framing cue is shown. */
function framingLineOf(doc: vscode.TextDocument, q: QuoteFinding): (words: string) => number | null {
  let text: string | null = null;
  return (words) => framingLine(doc, (text ??= doc.getText()), q, words);
}

/** Looks up the analysis of a document; `null` when it has none (yet). */
export type AnalysisLookup = (doc: vscode.TextDocument) => Analysis | null;

/** Shows the card when the pointer is on a quote or on the mention that attributes it. */
export class QuoteHoverProvider implements vscode.HoverProvider {
  constructor(private readonly lookup: AnalysisLookup, private readonly settings: () => Pick<Settings, 'minConfidence'>) {}

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
    const from = q.inferred ? inferredFrom(a, q) : null;
    const inferred = from ? { text: from.text, line: doc.positionAt(from.start).line } : null;
    return new vscode.Hover(hoverCard(q, speaker, firstLine, this.settings(), inferred, framingLineOf(doc, q)), range);
  }
}
