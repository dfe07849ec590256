// The engine under test: the TypeScript sources, or the built bundles when TESTENV=dist (as compromise does with TESTENV=prod).
import * as assert from 'node:assert/strict';
import * as src from '../../src/analysis/index';
import * as srcStages from '../../src/analysis/stages';
import type { QuoteFinding } from '../../src/analysis/types';

type Engine = typeof src;
const dist = process.env.TESTENV === 'dist';
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const engine: Engine = dist ? require('../../dist/engine.js') : src;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const stages: typeof srcStages = dist ? require('../../dist/stages.js') : srcStages;
export const { analyze } = engine;

/** What a table row expects of the quote that covers `quote`; fields left out are not checked. */
export interface Expect {
  quote: string;
  kind?: QuoteFinding['kind'];
  speaker?: string | null;
  role?: string | null;
  stance?: QuoteFinding['stance'];
}

/** Finds the predicted quote that covers each expected one (by overlap) and checks the fields given. */
export function expectQuotes(text: string, expected: Expect[]): void {
  const { quotes } = analyze(text);
  for (const e of expected) {
    const at = text.indexOf(e.quote);
    assert.ok(at >= 0, `test text lacks ${e.quote}`);
    const q = quotes.find((p) => p.start < at + e.quote.length && p.end > at);
    assert.ok(q, `no quote found for "${e.quote}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
    if (e.kind) assert.equal(q.kind, e.kind, `kind of "${e.quote}"`);
    if (e.speaker !== undefined) assert.equal(q.speaker, e.speaker, `speaker of "${e.quote}"`);
    if (e.role !== undefined) assert.equal(q.role, e.role, `role of "${e.quote}"`);
    if (e.stance) assert.equal(q.stance, e.stance, `stance of "${e.quote}" (cues: ${q.cues.map((c) => c.text).join(', ')})`);
  }
}
