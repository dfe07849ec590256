import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { globSync } from 'tinyglobby';
import {
  analyze, checkAnalysis, parseRoster, renderCsv, STANCES, renderHtml, renderMarkdown, reportData,
  type Analysis, type QuoteFinding, type Roster, type Stance,
} from './analysis/index';
import { analysisOptions, languageOfPath } from './editor/options';

const USAGE = `usage:
  stance-lens analyze FILE [--json] [--roster FILE]
  stance-lens report FILE... [--format md|html|csv|json] [--out FILE] [--roster FILE]
  stance-lens check FILE... [--roster FILE]

  FILE     a plain-text or markdown article ("-" reads standard input); report and check take
           several files and glob patterns ("drafts/**/*.md")
  --json   analyze: print {"quotes":[...],"speakers":[...]} instead of the coloured view
  --roster a .stancelens.json file declaring people (aliases, roles, stance) and extra cue words
  --out    report: write to this file instead of standard output`;

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
  // UTF-16 with a byte-order mark is text (its NUL bytes are not a sign of a binary file).
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
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
      ...(q.inferred ? { inferred: true } : {}),
    })),
    unattributed: a.unattributed.map((u) => ({ start: u.start, end: u.end })),
    speakers: a.speakers.map((s) => ({ name: s.name, role: s.role, kind: s.kind, quotes: s.quotes.length, stance: s.stance, stanceCounts: s.stanceCounts, mentions: s.mentions.map((m) => m.text) })),
  };
}

const COLOURS: Record<Stance, string> = { supportive: '32', critical: '31', cautious: '33', neutral: '90' };

/** The article with each quote coloured by stance and tagged with its speaker, then a speaker table. */
export function renderText(text: string, a: Analysis, colour: boolean): string {
  const paint = (s: string, code: string): string => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  // Document text never carries its own escape sequences to the terminal.
  const clean = (s: string): string => s.replace(/\r(?=\n)/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, '�');
  let out = '';
  let pos = 0;
  for (const q of [...a.quotes].sort((x, y) => x.start - y.start)) {
    if (q.start < pos) continue;
    out += clean(text.slice(pos, q.start));
    const body = clean(text.slice(q.start, q.end));
    out += colour ? paint(body, COLOURS[q.stance]) : `[${body}]`;
    // The speaker tag goes after the closing quotation mark, not inside it.
    const close = /^[,.]?["”’»']/.exec(text.slice(q.end, q.end + 2))?.[0] ?? '';
    out += clean(close) + paint(`⟨${clean(q.speaker ?? 'unattributed')} · ${q.stance}⟩`, '2');
    pos = q.end + close.length;
  }
  out += clean(text.slice(pos));
  if (!a.quotes.length) return `${out.trimEnd()}\n\nNo quotes found.\n`;
  const rows = a.speakers.map((s) => [clean(s.name), clean(s.role ?? '—'), String(s.quotes.length), mix(s.stanceCounts), s.stance]);
  const head = ['Speaker', 'Role', 'Quotes', 'Stance mix', 'Overall'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const unattributed = a.quotes.filter((q: QuoteFinding) => !q.speaker).length;
  const table = rows.length ? `${paint(line(head), '1')}\n${rows.map(line).join('\n')}\n\n` : '';
  // In colour, say what each colour means (the tags say it in words too).
  const legend = colour ? `Colours: ${STANCES.map((st) => paint(st, COLOURS[st])).join(' · ')}\n` : '';
  return `${out.trimEnd()}\n\n${table}${count(a.quotes.length, 'quote')}, ${count(a.speakers.length, 'speaker')}${unattributed ? `, ${unattributed} unattributed` : ''}\n${legend}`;
}

/** "1 quote", "2 quotes". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const mix = (c: Record<Stance, number>): string =>
  (Object.entries(c) as Array<[Stance, number]>).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(', ') || '—';

/** Line and column (1-based) of an offset. */
function lineCol(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, offset - lineStart + 1];
}

/** Expands file arguments: "-" stays, existing paths stay, anything else is a glob pattern. */
function expand(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (a === '-' || existsSync(a)) { out.push(a); continue; }
    if (!/[*?[\]{}]/.test(a)) throw new UsageError(`cannot read ${a}: no such file`);
    const found = globSync(a, { onlyFiles: true, dot: false }).sort();
    if (!found.length) throw new UsageError(`no files match ${a}`);
    out.push(...found);
  }
  return out;
}

/** A progress bar on stderr for long runs on a terminal; silent otherwise. */
function progress(total: number): (done: number) => void {
  if (total < 10 || !process.stderr.isTTY) return () => {};
  return (done) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

/** Parses "--name value" options and positional arguments. */
function parseArgs(rest: string[], valued: string[], flags: string[]): { files: string[]; opts: Record<string, string | true> } {
  const files: string[] = [];
  const opts: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '-' || !a.startsWith('-')) files.push(a);
    else if (valued.includes(a)) {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      opts[a] = v;
    } else if (flags.includes(a)) opts[a] = true;
    else throw new UsageError(`unknown option ${a}`);
  }
  return { files, opts };
}

/** Reads --roster; a broken roster is reported and the analysis goes on without it. */
function rosterOption(path: string | true | undefined): Roster | undefined {
  if (typeof path !== 'string') return undefined;
  const { roster, errors } = parseRoster(readInput(path));
  for (const e of errors) {
    const [l, c] = lineCol(readInput(path), e.offset);
    process.stderr.write(`${path}:${l}:${c}: warning roster ${e.message}\n`);
  }
  return errors.length && !roster.people && !roster.cues ? undefined : roster;
}

/** Analyses one input with the options the editor would use for it (markdown code left out). */
const analyzeFile = (path: string, text: string, roster: Roster | undefined): Analysis =>
  analyze(text, analysisOptions(text, languageOfPath(path), roster));

/** `analyze FILE [--json] [--roster FILE]` */
function runAnalyze(rest: string[], stdout: NodeJS.WriteStream): number {
  const { files, opts } = parseArgs(rest, ['--roster'], ['--json']);
  if (files.length !== 1) throw new UsageError(`analyze takes one FILE\n${USAGE}`);
  const text = readInput(files[0]);
  const result = analyzeFile(files[0], text, rosterOption(opts['--roster']));
  if (opts['--json']) stdout.write(JSON.stringify(toJson(result)) + '\n');
  else stdout.write(renderText(text, result, !!stdout.isTTY && !process.env.NO_COLOR));
  return 0;
}

/** `report FILE... [--format md|html|csv|json] [--out FILE] [--roster FILE]` */
function runReport(rest: string[], stdout: NodeJS.WriteStream): number {
  const { files, opts } = parseArgs(rest, ['--roster', '--format', '--out'], []);
  const format = (opts['--format'] as string | undefined) ?? 'md';
  if (!['md', 'html', 'csv', 'json'].includes(format)) throw new UsageError(`unknown format ${format}: use md, html, csv or json`);
  const paths = expand(files);
  if (!paths.length) throw new UsageError(`report takes at least one FILE\n${USAGE}`);
  const roster = rosterOption(opts['--roster']);
  const tick = progress(paths.length);
  const parts = paths.map((p, i) => {
    const text = readInput(p);
    const data = reportData(p === '-' ? 'standard input' : basename(p), text, analyzeFile(p, text, roster));
    tick(i + 1);
    if (format === 'json') return JSON.stringify(data, null, 2);
    if (format === 'csv') return renderCsv(data);
    if (format === 'html') return renderHtml(data, { nonce: randomBytes(16).toString('base64') });
    return renderMarkdown(data);
  });
  const out = format === 'json' && parts.length > 1 ? `[${parts.join(',\n')}]\n` : parts.join(format === 'md' ? '\n' : '') + (format === 'json' ? '\n' : '');
  if (typeof opts['--out'] === 'string') writeFileSync(opts['--out'], out);
  else stdout.write(out);
  return 0;
}

/** `check FILE... [--roster FILE]`: exits 1 when any error-level problem is found. */
function runCheck(rest: string[], stdout: NodeJS.WriteStream): number {
  const { files, opts } = parseArgs(rest, ['--roster'], []);
  const paths = expand(files);
  if (!paths.length) throw new UsageError(`check takes at least one FILE\n${USAGE}`);
  const roster = rosterOption(opts['--roster']);
  const tick = progress(paths.length);
  let errors = 0;
  let count = 0;
  paths.forEach((p, i) => {
    const text = readInput(p);
    for (const problem of checkAnalysis(analyzeFile(p, text, roster))) {
      const [line, col] = lineCol(text, problem.start);
      stdout.write(`${p === '-' ? '<stdin>' : p}:${line}:${col}: ${problem.severity} ${problem.code} ${problem.message}\n`);
      count++;
      if (problem.severity === 'error') errors++;
    }
    tick(i + 1);
  });
  process.stderr.write(`${count} problem${count === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in ${paths.length} file${paths.length === 1 ? '' : 's'}\n`);
  return errors ? 1 : 0;
}

const COMMANDS: Record<string, (rest: string[], stdout: NodeJS.WriteStream) => number> = { analyze: runAnalyze, report: runReport, check: runCheck };

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export function main(argv: string[], stdout: NodeJS.WriteStream = process.stdout): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    (command ? stdout : process.stderr).write(USAGE + '\n');
    return command ? 0 : 2;
  }
  try {
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    return run(rest, stdout);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`stance-lens: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
