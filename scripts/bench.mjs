#!/usr/bin/env node
// Benchmark of the built engine (dist/engine.js). Median and 90th percentile of several runs; the
// baseline — a full compromise parse of a 200 KB slice — is measured in the same run and reported as
// a ratio, as is each edit's cost against a full analysis of the same document. Edits are typed as a
// user types them: a word, one character at a time, at scattered positions, the same in every run.
//   node scripts/bench.mjs [--runs N] [--big]      (--big adds the 5 MB document)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engine = join(root, 'dist/engine.js');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const article = readFileSync(join(root, 'test/fixtures/sample-article.txt'), 'utf8');
const extra = readFileSync(join(root, 'test/fixtures/bench-extra.txt'), 'utf8');

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * q))]; };
const median = (xs) => quantile(xs, 0.5);
const p90 = (xs) => quantile(xs, 0.9);
/** The n-th edit position in a text of `length` characters: scattered (Knuth's multiplicative hash), the same in every run. */
const editAt = (n, length) => Number((BigInt(n + 1) * 2654435761n) % BigInt(length));
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0)) + ' ms';

// A long document from our own articles, with names, numbers and words varied per copy so that
// paragraphs differ (a cache keyed by content must still do real work).
const NAMES = [['Varga', 'Lind'], ['Brandt', 'Okafor'], ['Pereira', 'Nakamura'], ['Haddad', 'Moreau'], ['Keel', 'Sato']];
function buildDoc(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let chunk = (i % 2 ? extra : article).replace(/\b(\d+)\b/g, (n) => String(Number(n) + i));
    const [from, to] = NAMES[i % NAMES.length];
    if (i % 3) chunk = chunk.replaceAll(from, to + (i % 7 ? '' : 'son'));
    chunk = chunk.replace(/\bTarn\b/g, `Tarn-${i}`);
    // Every paragraph of every copy differs, so no work is shared between copies (the tag goes before
    // the closing marks: a line must still end as a paragraph does, or it would read as a hard-wrapped draft's).
    chunk = chunk.split('\n').map((p) => (p ? p.replace(/[.!?”"’)]*$/, (end) => ` [${i}]${end}`) : p)).join('\n');
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('\n').slice(0, bytes);
}
const articleKb = (Buffer.byteLength(article) / 1024).toFixed(1);

// 1. First analysis in a fresh process, including loading the engine.
const fresh = [];
for (let r = 0; r < RUNS; r++) {
  const p = spawnSync(process.execPath, ['-e', `
    const t0 = performance.now();
    const { analyze } = require(${JSON.stringify(engine)});
    const text = require('fs').readFileSync(${JSON.stringify(join(root, 'test/fixtures/sample-article.txt'))}, 'utf8');
    const t1 = performance.now();
    analyze(text);
    const t2 = performance.now();
    process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1, total: t2 - t0 }));`], { encoding: 'utf8' });
  fresh.push(JSON.parse(p.stdout));
}

const { analyze, createIncrementalAnalyzer } = require(engine);
// 2. Warm analysis of the article.
for (let i = 0; i < 300; i++) analyze(article); // let the JIT settle
const warmTimes = Array.from({ length: 200 }, () => time(() => analyze(article)));
const warm = median(warmTimes);

// 3. Full analysis of 1 MB.
const doc1 = buildDoc(1 << 20);
const full1 = [];
let heapAfter = 0;
for (let r = 0; r < RUNS; r++) {
  globalThis.gc?.();
  let result;
  full1.push(time(() => { result = analyze(doc1); }));
  heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
  if (!result.quotes.length) throw new Error('no quotes found in the benchmark document');
}
const quotes1 = analyze(doc1).quotes.length;

// 4. Typing in 1 MB, incremental: a word typed one character at a time, then a backspace, at
// scattered positions (a multiplicative hash, the same in every run), each keystroke analysed as the editor would.
let incr = null;
if (createIncrementalAnalyzer) {
  const inc = createIncrementalAnalyzer();
  inc.analyze(doc1);
  const times = [];
  let text = doc1;
  for (let w = 0; w < Math.max(RUNS, 8); w++) {
    let at = editAt(w, text.length);
    for (const ch of ' talks') {
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      times.push(time(() => inc.analyze(text)));
    }
    text = text.slice(0, at - 1) + text.slice(at);
    times.push(time(() => inc.analyze(text)));
  }
  incr = times;
}

// 5. Baseline: compromise's full parse of a 200 KB slice.
const nlp = require('compromise');
nlp('warm up the lexicon').json();
const slice = doc1.slice(0, 200 * 1024);
const base = median(Array.from({ length: 3 }, () => time(() => nlp(slice).json())));
const baseMBs = (slice.length / (1 << 20)) / (base / 1000);
const ourMBs = (doc1.length / (1 << 20)) / (median(full1) / 1000);

let big = null;
if (args.includes('--big')) {
  const doc5 = buildDoc(5 << 20);
  big = median(Array.from({ length: 3 }, () => time(() => analyze(doc5))));
}

const rss = process.resourceUsage().maxRSS / 1024;
const freshTotals = fresh.map((f) => f.total);
const rows = [
  [`first analysis, fresh process (${articleKb} KB, incl. load)`, fmt(median(freshTotals)), fmt(p90(freshTotals)), `load ${fmt(median(fresh.map((f) => f.load)))} + analyse ${fmt(median(fresh.map((f) => f.first)))}`],
  [`warm analysis (${articleKb} KB)`, fmt(warm), fmt(p90(warmTimes)), '200 runs after 300 warm-up runs'],
  ['full analysis, 1 MB', fmt(median(full1)), fmt(p90(full1)), `${ourMBs.toFixed(2)} MB/s, ${quotes1} quotes`],
  ['typing in 1 MB, incremental, per keystroke', incr === null ? 'n/a' : fmt(median(incr)), incr === null ? 'n/a' : fmt(p90(incr)),
    incr === null ? 'createIncrementalAnalyzer not built' : `${incr.length} keystrokes at scattered places; ${(median(full1) / median(incr)).toFixed(0)}× cheaper than a full analysis`],
  ['peak heap used (1 MB runs)', `${(heapAfter / (1 << 20)).toFixed(0)} MB`, '', `max RSS ${rss.toFixed(0)} MB`],
  ['baseline: compromise full parse, 200 KB', fmt(base), '', `${baseMBs.toFixed(3)} MB/s → engine is ${(ourMBs / baseMBs).toFixed(1)}× faster`],
];
if (big !== null) rows.push(['full analysis, 5 MB', fmt(big), '', `${(5 / (big / 1000)).toFixed(2)} MB/s`]);
console.log(`stance-lens bench — node ${process.version}, ${RUNS} runs (median, p90)`);
for (const [a, b, c, d] of rows) console.log(`${a.padEnd(48)} ${b.padStart(9)} ${c.padStart(9)}  ${d}`);
