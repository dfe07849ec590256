import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engine } from './engine';
import { below, pick, rng } from './random';

const fixtures = ['sample-article.txt', 'bench-extra.txt'].map((f) => readFileSync(join(__dirname, '../fixtures', f), 'utf8'));
const paragraphs = fixtures.flatMap((t) => t.split('\n').filter(Boolean));
// Edits that matter to the engine: quotation marks, line breaks, names, cue words, plain letters.
const INSERTS = ['x', ' ', '\n', '\n\n', '.', ',', '- ', '“', '”', '"', "'", ', he said.', ' said Varga', 'Minister ', '. ', '“We are ready,” ', 'not ', 'betrayal', 'She said: '];

/** A paragraph broken into lines of about `width` characters, as an editor that hard-wraps writes it. */
function wrap(paragraph: string, width: number, lineBreak: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + word.length + 1 > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join(lineBreak);
}

function randomDocument(r: () => number): string {
  const n = 3 + below(r, 12);
  const chosen = Array.from({ length: n }, () => pick(r, paragraphs));
  // (A third of the documents are hard-wrapped drafts: blank lines between paragraphs, lines broken mid-sentence.)
  if (below(r, 3) === 0) {
    const lineBreak = pick(r, ['\n', '\r\n']);
    return chosen.map((p) => wrap(p, 30 + below(r, 50), lineBreak)).join(lineBreak + lineBreak);
  }
  return chosen.join(pick(r, ['\n', '\n\n', '\r\n']));
}

function randomEdit(r: () => number, text: string): string {
  const at = below(r, text.length + 1);
  switch (below(r, 4)) {
    case 0: return text.slice(0, at) + pick(r, INSERTS) + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + below(r, 30)));
    case 2: { // replace a word
      const end = Math.min(text.length, at + below(r, 8));
      return text.slice(0, at) + pick(r, ['Brandt', 'the minister', 'warned', 'x', '']) + text.slice(end);
    }
    default: { // paste a paragraph
      return text.slice(0, at) + '\n' + pick(r, paragraphs) + '\n' + text.slice(at);
    }
  }
}

describe('createIncrementalAnalyzer', () => {
  it('gives exactly what a fresh analysis gives, after every random edit (seeded)', () => {
    for (let seed = 1; seed <= Number(process.env.PROPERTY_SEEDS ?? 60); seed++) {
      const r = rng(seed);
      const inc = engine.createIncrementalAnalyzer();
      let text = randomDocument(r);
      for (let step = 0; step < 15; step++) {
        const got = inc.analyze(text);
        assert.deepEqual(got, engine.analyze(text), `seed ${seed}, step ${step}`);
        text = randomEdit(r, text);
      }
    }
  });

  it('gives the same result as analyze() with an exclusion mask that moves with edits', () => {
    const inc = engine.createIncrementalAnalyzer();
    let text = '“We reject it,” said Ana Lopes.\n“We welcome it,” said Omar Said.';
    const maskFirst = () => ({ exclude: [{ start: 0, end: text.indexOf('\n') }] });
    assert.deepEqual(inc.analyze(text, maskFirst()), engine.analyze(text, maskFirst()));
    text = 'Intro.\n' + text;
    assert.deepEqual(inc.analyze(text, maskFirst()), engine.analyze(text, maskFirst()));
    assert.deepEqual(inc.analyze(text).quotes.length, 2);
  });

  it('does not hand back objects it changes later', () => {
    const inc = engine.createIncrementalAnalyzer();
    const text = fixtures[0];
    const first = inc.analyze(text);
    const snapshot = JSON.stringify(first);
    inc.analyze('Intro line.\n' + text);
    assert.equal(JSON.stringify(first), snapshot);
  });
});

describe('analyzeInSlices', () => {
  const yieldTo = (): Promise<void> => new Promise((r) => setImmediate(r));
  const long = Array.from({ length: 60 }, (_, i) => fixtures[i % 2].replace(/Varga/g, `Varga${i}`)).join('\n');

  it('yields between slices and ends with what analyze() gives', async () => {
    let yields = 0;
    const inc = engine.createIncrementalAnalyzer();
    const got = await inc.analyzeInSlices(long, {}, { budgetMs: 0, yieldTo: () => { yields++; return yieldTo(); } });
    assert.ok(yields > 10, `yielded ${yields} times`);
    assert.deepEqual(got, engine.analyze(long));
  });

  it('reports the priority range first, then the whole document', async () => {
    const at = long.length >> 1;
    const priority = [{ start: at, end: at + 3000 }];
    const partials: number[][] = [];
    const inc = engine.createIncrementalAnalyzer();
    const full = await inc.analyzeInSlices(long, {}, { priority, budgetMs: 1, yieldTo, onPartial: (a) => partials.push(a.quotes.map((q) => q.start)) });
    assert.equal(partials.length, 1);
    assert.ok(partials[0].length > 0 && partials[0].every((s) => s >= at - 3000 && s < at + 6000), 'partial result covers the priority range only');
    assert.ok(full!.quotes.length > partials[0].length);
  });

  it('stops when cancelled and leaves the analyzer usable', async () => {
    const inc = engine.createIncrementalAnalyzer();
    let n = 0;
    const got = await inc.analyzeInSlices(long, {}, { budgetMs: 0, yieldTo, isCancelled: () => ++n > 3 });
    assert.equal(got, null);
    assert.deepEqual(inc.analyze(long), engine.analyze(long));
  });
});
