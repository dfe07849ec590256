import { readFileSync, statSync } from 'node:fs';
import { analyze, type Analysis, type QuoteFinding, type Stance } from './analysis/index';

const USAGE = `usage: stance-lens analyze FILE [--json]
  FILE   a plain-text or markdown article; "-" reads standard input
  --json print {"quotes":[...],"speakers":[...]} instead of the coloured view`;

/** A failure the user can act on: printed as one line, exit code 2. */
class UsageError extends Error {}

/** Reads the input file (or stdin for "-"), refusing directories and binary files. */
export function readInput(path: string): string {
  let buf: Buffer;
  if (path === '-') {
    buf = readFileSync(0);
  } else {
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new UsageError(`cannot read ${path}: no such file`);
    }
    if (st.isDirectory()) throw new UsageError(`cannot read ${path}: it is a directory`);
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
  }
  if (buf.subarray(0, 8000).includes(0)) throw new UsageError(`cannot analyse ${path === '-' ? 'standard input' : path}: it looks like a binary file`);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/** The JSON shape the scorer and other tools read. */
export function toJson(a: Analysis): unknown {
  return {
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, kind: q.kind, text: q.text, speaker: q.speaker,
      mention: q.mention ? { text: q.mention.text, start: q.mention.start, end: q.mention.end, type: q.mention.type } : null,
      role: q.role, stance: q.stance, confidence: q.confidence, cues: q.cues.map((c) => c.text),
    })),
    speakers: a.speakers.map((s) => ({ name: s.name, role: s.role, kind: s.kind, quotes: s.quotes.length, stance: s.stance, stanceCounts: s.stanceCounts, mentions: s.mentions.map((m) => m.text) })),
  };
}

const COLOURS: Record<Stance, string> = { supportive: '32', critical: '31', cautious: '33', neutral: '90' };

/** The article with each quote coloured by stance and tagged with its speaker, then a speaker table. */
export function renderText(text: string, a: Analysis, colour: boolean): string {
  const paint = (s: string, code: string): string => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  let out = '';
  let pos = 0;
  const quotes = [...a.quotes].sort((x, y) => x.start - y.start);
  for (const q of quotes) {
    if (q.start < pos) continue;
    out += text.slice(pos, q.start);
    const body = text.slice(q.start, q.end);
    out += colour ? paint(body, COLOURS[q.stance]) : `[${body}]`;
    out += paint(`⟨${q.speaker ?? 'unattributed'} · ${q.stance}⟩`, '2');
    pos = q.end;
  }
  out += text.slice(pos);
  const rows = a.speakers.map((s) => [s.name, s.role ?? '—', String(s.quotes.length), mix(s.stanceCounts), s.stance]);
  const head = ['Speaker', 'Role', 'Quotes', 'Stance mix', 'Overall'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const unattributed = a.quotes.filter((q: QuoteFinding) => !q.speaker).length;
  return `${out.trimEnd()}\n\n${paint(line(head), '1')}\n${rows.map(line).join('\n')}\n\n${a.quotes.length} quotes, ${a.speakers.length} speakers${unattributed ? `, ${unattributed} unattributed` : ''}\n`;
}

const mix = (c: Record<Stance, number>): string =>
  (Object.entries(c) as Array<[Stance, number]>).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(', ') || '—';

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export function main(argv: string[], stdout: NodeJS.WriteStream = process.stdout): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stderr.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  try {
    if (command !== 'analyze') throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    const json = rest.includes('--json');
    const files = rest.filter((a) => a === '-' || !a.startsWith('-'));
    const unknown = rest.filter((a) => a !== '-' && a.startsWith('-') && a !== '--json');
    if (unknown.length) throw new UsageError(`unknown option ${unknown[0]}`);
    if (files.length !== 1) throw new UsageError(`analyze takes one FILE\n${USAGE}`);
    const text = readInput(files[0]);
    const result = analyze(text);
    if (json) stdout.write(JSON.stringify(toJson(result)) + '\n');
    else stdout.write(renderText(text, result, !!stdout.isTTY && !process.env.NO_COLOR));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`stance-lens: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
