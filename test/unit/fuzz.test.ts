import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engine } from './engine';
import { below, pick, rng } from './random';
import type { Analysis } from '../../src/analysis/types';

// `npm run fuzz` raises these; `npm test` keeps them to a few seconds.
const CASES = Number(process.env.FUZZ_CASES ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

const article = readFileSync(join(__dirname, '../fixtures/sample-article.txt'), 'utf8');
const PIECES = [
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', '\n', '\r\n', '\r', '\u2028', '\u2029', ' ', '.', ',', ':', ' said ', ' he said', ', she added.',
  'Minister ', 'Ana Lopes', 'the minister', 'according to', 'called for ', 'warned against ', 'not ', 'betrayal',
  'Statement', ' statement', ' saying ', 'Both ', 'the two ', ', their union said', 'quoted ', ' as saying ', 'Her ', ', citing ', ' of ', ', but ', 'a ', ' from ', ' issued the following statement:', ' last week that ', 'Read ', 'premiers ', 'its demand that ', "'s claim that ", ' and even refused the ', ', as one diplomat put it', 'As X put it, ', ' are, Lee said, ', 'In April the ', 'July ', ' Moyo', "Fury at offer 'insult'\n\n", ', stressing that it was “open”, urged ', 'Those were the words of ', 'That was the message from ',
  '\u0000', '\uFFFD', '\uD800', '\uDC00', '😀', '👩‍👩‍👧', 'e\u0301', 'ש"ח אמר', 'قال الوزير', '\u202E', '\t', '(', ')', '—', '-', 'U.S.', "’s", 'Ms ', '``', '```\n',
];

/** A random mix of article text, quotation marks, control characters and scripts. */
function hostile(r: () => number): string {
  const n = below(r, 60);
  let s = '';
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.3) { const at = below(r, article.length); s += article.slice(at, at + below(r, 120)); }
    else if (roll < 0.9) s += pick(r, PIECES);
    else s += String.fromCharCode(below(r, 0x10000));
  }
  return s;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Does offset `at` fall between the two halves of a surrogate pair? */
const splitsPair = (text: string, at: number): boolean => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/** The invariants every analysis keeps, whatever the input. */
function checkInvariants(text: string, a: Analysis, label: string): void {
  let lastEnd = -1;
  for (const q of a.quotes) {
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end, `${label}: quote offsets [${q.start}, ${q.end}) in text of ${text.length}`);
    assert.ok(q.start >= lastEnd, `${label}: quotes ordered and not overlapping`);
    lastEnd = q.end;
    assert.equal(text.slice(q.start, q.end), q.text, `${label}: quote text matches its offsets`);
    assert.ok(!splitsPair(text, q.start) && !splitsPair(text, q.end), `${label}: quote splits a surrogate pair`);
    if (q.mention) {
      assert.ok(q.mention.start >= 0 && q.mention.end <= text.length && q.mention.start < q.mention.end, `${label}: mention offsets`);
      assert.equal(text.slice(q.mention.start, q.mention.end), q.mention.text, `${label}: mention text`);
      assert.ok(!splitsPair(text, q.mention.start) && !splitsPair(text, q.mention.end), `${label}: mention splits a surrogate pair`);
    }
    for (const c of q.cues) if (c.start !== undefined) assert.ok(c.start >= 0 && c.end! <= text.length, `${label}: cue offsets`);
  }
  for (const s of [...a.unattributed, ...a.unclosed]) assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `${label}: span offsets`);
  for (const sp of a.speakers) for (const i of sp.quotes) assert.ok(i >= 0 && i < a.quotes.length, `${label}: speaker quote index`);
}

describe('fuzz: hostile input never breaks the engine', () => {
  it(`keeps every invariant on ${CASES} generated inputs (seed ${SEED})`, function () {
    this.timeout(0);
    const r = rng(SEED);
    for (let i = 0; i < CASES; i++) {
      const text = hostile(r);
      const label = `case ${i} ${JSON.stringify(text.slice(0, 80))}`;
      let a: Analysis;
      try {
        a = engine.analyze(text);
      } catch (e) {
        assert.fail(`${label}: threw ${(e as Error).stack}`);
      }
      checkInvariants(text, a, label);
      engine.checkAnalysis(a);
      engine.renderHtml(engine.reportData('t', text, a), { nonce: 'n' });
    }
  });

  // Each pathological shape targets a scan or regular expression that could go quadratic or
  // backtrack; they must all finish (mocha's timeout catches a hang).
  const big = 1 << 20;
  const shapes: Array<[string, () => string]> = [
    ['a 1 MB single line of prose', () => article.replace(/\n/g, ' ').repeat(Math.ceil(big / article.length)).slice(0, big)],
    ['10,000 straight quote marks', () => '"'.repeat(10000)],
    ['10,000 curly quote marks on one line', () => '“”'.repeat(5000)],
    ['deeply nested and unbalanced quotes', () => '“‘«„'.repeat(5000) + 'said Ana Lopes' + '”’»'.repeat(3000)],
    ['a long run of initials and dots', () => 'A.'.repeat(200000)],
    ['one sentence with thousands of cues', () => 'Lopes said that Costa said that '.repeat(20000)],
    ['thousands of quotes with cues in one sentence', () => '“Yes,” said Ana Lopes, “no,” '.repeat(8000)],
    ['a million backticks in markdown', () => '`'.repeat(big)],
    ['backtick pairs', () => '`a` '.repeat(100000)],
    ['thousands of distinct speakers', () => Array.from({ length: 5000 }, (_, i) => `“We agree,” said Minister Person${i} Name${i}.`).join('\n')],
    ['long words', () => 'x'.repeat(500000) + ' said ' + 'y'.repeat(500000)],
    ['only line breaks', () => '\r\n\u2028\u2029\n'.repeat(100000)],
    ['binary bytes', () => Array.from({ length: 200000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ['markdown links without end', () => '[a](b '.repeat(100000) + '<!-- ' + '[x]['.repeat(100000)],
    ['hard-wrapped lines, no sentence end', () => Array.from({ length: 100000 }, (_, i) => `said Minister Name${i % 50} that the`).join('\n') + '\n\nEnd.'],
  ];
  for (const [name, make] of shapes) {
    it(`finishes on ${name}`, function () {
      this.timeout(30000);
      const text = make();
      const a = engine.analyze(text, { exclude: [...engine.markdownCodeRanges(text), ...engine.markdownLinkRanges(text)] });
      checkInvariants(text, a, name);
      engine.checkAnalysis(a);
    });
  }
});
