import { countByStance } from './4-stance/decide';
import { SPEAKER_STANCE_LABELS, STANCE_LABELS, STANCES, type Analysis, type SpeakerStance, type Stance } from './types';

/** The numbers behind a stance report. */
export interface ReportData {
  title: string;
  totalQuotes: number;
  byStance: Record<Stance, number>;
  speakers: Array<{ name: string; role: string | null; quotes: number; words: number; share: number; mix: Record<Stance, number>; stance: SpeakerStance }>;
  /** Where each quote sits down the article, 0..1, with its stance. */
  positions: Array<{ at: number; stance: Stance; speaker: string | null; text: string }>;
  unattributed: number;
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Computes the report's numbers from an analysis of `text`. */
export function reportData(title: string, text: string, a: Analysis): ReportData {
  const byStance = countByStance(a.quotes);
  const words = a.speakers.map((s) => s.quotes.reduce((n, i) => n + wordCount(a.quotes[i].text), 0));
  const totalWords = words.reduce((x, y) => x + y, 0) || 1;
  const speakers = a.speakers
    .map((s, i) => ({ name: s.name, role: s.role, quotes: s.quotes.length, words: words[i], share: words[i] / totalWords, mix: { ...s.stanceCounts }, stance: s.stance }))
    .sort((x, y) => y.words - x.words || x.name.localeCompare(y.name));
  const length = Math.max(1, text.length);
  const positions = a.quotes.map((q) => ({ at: q.start / length, stance: q.stance, speaker: q.speaker, text: q.text }));
  return { title, totalQuotes: a.quotes.length, byStance, speakers, positions, unattributed: a.quotes.filter((q) => !q.speaker).length + a.unattributed.length };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The report as Markdown. */
export function renderMarkdown(d: ReportData): string {
  const lines = [`# Stance report: ${d.title}`, '', `${d.totalQuotes} quotes, ${d.speakers.length} speakers${d.unattributed ? `, ${d.unattributed} unattributed` : ''}.`, '',
    '## Quotes by stance', '', '| Stance | Quotes |', '|---|---:|', ...STANCES.map((s) => `| ${STANCE_LABELS[s]} | ${d.byStance[s]} |`), '',
    '## Speakers', '', '| Speaker | Role | Quotes | Share of quoted words | Supportive | Critical | Cautious | Neutral | Overall |', '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...d.speakers.map((s) => `| ${mdCell(s.name)} | ${mdCell(s.role ?? '—')} | ${s.quotes} | ${pct(s.share)} | ${s.mix.supportive} | ${s.mix.critical} | ${s.mix.cautious} | ${s.mix.neutral} | ${SPEAKER_STANCE_LABELS[s.stance]} |`)];
  return lines.join('\n') + '\n';
}

const mdCell = (s: string): string => s.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/\n/g, ' ');

/** The per-speaker table as CSV (RFC 4180 quoting). */
export function renderCsv(d: ReportData): string {
  const cell = (v: string | number | null): string => {
    const s = v === null ? '' : String(v);
    // A leading = + - @ would be read as a formula by spreadsheets: prefix it.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = [['speaker', 'role', 'quotes', 'quoted_words', 'share', 'supportive', 'critical', 'cautious', 'neutral', 'overall'],
    ...d.speakers.map((s) => [s.name, s.role, s.quotes, s.words, s.share.toFixed(3), s.mix.supportive, s.mix.critical, s.mix.cautious, s.mix.neutral, s.stance])];
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Options for the HTML report: inside a webview (theme variables, its CSP source) or standalone. */
export interface HtmlOptions {
  /** A fresh random nonce for the inline style. */
  nonce: string;
  /** The webview's `cspSource`, or omitted for a standalone file. */
  cspSource?: string;
}

const COLOURS: Record<Stance, string> = { supportive: '#2da44e', critical: '#cf222e', cautious: '#d29922', neutral: '#8b949e' };

/** Horizontal bars as inline SVG. */
function bars(rows: Array<{ label: string; parts: Array<{ stance: Stance; value: number }>; note: string }>, max: number): string {
  // Drawn at its own size (never scaled down with the panel) so labels stay at the page's text size.
  const w = 320;
  const h = 24;
  const labelWidth = 250;
  const body = rows.map((r, i) => {
    let x = 0;
    const rects = r.parts.filter((p) => p.value > 0).map((p) => {
      const width = (p.value / (max || 1)) * w;
      const rect = `<rect x="${x.toFixed(1)}" y="${i * h + 3}" width="${width.toFixed(1)}" height="${h - 6}" class="s-${p.stance}"><title>${escapeHtml(`${r.label}: ${p.value} ${STANCE_LABELS[p.stance].toLowerCase()}`)}</title></rect>`;
      x += width;
      return rect;
    }).join('');
    const label = r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label;
    return `<text x="0" y="${i * h + h / 2 + 4}" class="label">${escapeHtml(label)}<title>${escapeHtml(r.label)}</title></text><g transform="translate(${labelWidth},0)">${rects}<text x="${(x + 6).toFixed(1)}" y="${i * h + h / 2 + 4}" class="note">${escapeHtml(r.note)}</text></g>`;
  }).join('');
  return `<div class="scroll"><svg role="img" class="chart" width="${labelWidth + w + 60}" height="${rows.length * h}" viewBox="0 0 ${labelWidth + w + 60} ${rows.length * h}">${body}</svg></div>`;
}

/** The report as one HTML page: charts in inline SVG, no scripts, no remote resources. */
export function renderHtml(d: ReportData, o: HtmlOptions): string {
  const csp = [`default-src 'none'`, `style-src 'nonce-${o.nonce}'${o.cspSource ? ` ${o.cspSource}` : ''}`, `img-src ${o.cspSource ?? ''} data:`.trim(), `font-src ${o.cspSource ?? `'none'`}`].join('; ');
  const stanceRows = STANCES.map((s) => ({ label: STANCE_LABELS[s], parts: [{ stance: s, value: d.byStance[s] }], note: String(d.byStance[s]) }));
  const mixRows = d.speakers.map((s) => ({ label: s.name, parts: STANCES.map((st) => ({ stance: st, value: s.mix[st] })), note: `${s.quotes}` }));
  const shareRows = d.speakers.map((s) => ({ label: s.name, parts: [{ stance: s.stance === 'mixed' ? 'neutral' : s.stance, value: s.share }], note: pct(s.share) }));
  const strip = `<svg role="img" class="strip" width="640" height="44" viewBox="0 0 640 44"><rect x="0" y="18" width="640" height="8" class="track"/>${d.positions.map((p) =>
    `<rect x="${(p.at * 636).toFixed(1)}" y="8" width="4" height="28" class="s-${p.stance}"><title>${escapeHtml(`${p.speaker ?? 'Unattributed'} (${p.stance}): ${p.text.slice(0, 80)}`)}</title></rect>`).join('')}</svg>`;
  const legend = STANCES.map((s) => `<span class="key"><svg width="12" height="12"><rect width="12" height="12" class="s-${s}"/></svg> ${STANCE_LABELS[s]}</span>`).join(' ');
  const themed = !!o.cspSource;
  const colour = (s: Stance): string => (themed ? `var(--vscode-stanceLens-${s}Foreground, ${COLOURS[s]})` : COLOURS[s]);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stance report: ${escapeHtml(d.title)}</title>
<style nonce="${o.nonce}">
body { font-family: ${themed ? 'var(--vscode-font-family)' : 'system-ui, sans-serif'}; color: ${themed ? 'var(--vscode-foreground)' : '#1f2328'}; background: ${themed ? 'var(--vscode-editor-background)' : '#fff'}; margin: 1.5em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.6em; }
svg text { fill: currentColor; font-size: 13px; } .note { opacity: .75; }
svg.chart { display: block; } .scroll { overflow-x: auto; }
svg.strip { display: block; width: 100%; max-width: 640px; height: auto; }
.track { fill: ${themed ? 'var(--vscode-editorWidget-border, #8884)' : '#d0d7de'}; }
${STANCES.map((s) => `.s-${s} { fill: ${colour(s)}; }`).join('\n')}
.key { margin-right: 1em; white-space: nowrap; } .summary { opacity: .85; }
@media (prefers-color-scheme: dark) { ${themed ? '' : 'body { color: #e6edf3; background: #0d1117; }'} }
</style></head><body>
<h1>Stance report: ${escapeHtml(d.title)}</h1>
<p class="summary">${d.totalQuotes} quotes from ${d.speakers.length} speakers${d.unattributed ? `, ${d.unattributed} unattributed` : ''}.</p>
<p>${legend}</p>
<h2>Quotes by stance</h2>${bars(stanceRows, Math.max(1, ...STANCES.map((s) => d.byStance[s])))}
<h2>Stance mix per speaker</h2>${bars(mixRows, Math.max(1, ...d.speakers.map((s) => s.quotes)))}
<h2>Whose voice dominates: share of quoted words</h2>${bars(shareRows, Math.max(0.0001, ...d.speakers.map((s) => s.share)))}
<h2>Where the quotes sit, from top to bottom of the article</h2>${strip}
</body></html>
`;
}
