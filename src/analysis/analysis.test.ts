import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../test/unit/engine';

// The whole pipeline: offsets, the speakers list, quotes carried over paragraphs, excluded ranges.

describe('analyze: offsets, speakers list and continued quotes', () => {
  it('gives offsets that slice back to the quote text', () => {
    const text = readFileSync(join(__dirname, '../../test/fixtures/sample-article.txt'), 'utf8');
    const a = analyze(text);
    assert.ok(a.quotes.length >= 15);
    for (const q of a.quotes) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.mention) assert.equal(text.slice(q.mention.start, q.mention.end), q.mention.text);
    }
  });

  it('attributes every paragraph of a quote carried over paragraphs to the speaker who introduced it', () => {
    const text = 'Interior Minister Jonas Keel gave an interview. He said:\n“We waited years for this.\n“We will not waste it now.”';
    const a = analyze(text);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker]), [['We waited years for this.', 'Jonas Keel'], ['We will not waste it now.', 'Jonas Keel']]);
    assert.equal(a.quotes[0].continued, true);
  });

  it('lists speakers with their quotes, mentions and an overall stance', () => {
    const text = '“It is a betrayal,” said activist Noor Ali. “It is a surrender,” she added.';
    const { speakers, quotes } = analyze(text);
    assert.equal(speakers.length, 1);
    assert.equal(speakers[0].name, 'Noor Ali');
    assert.deepEqual(speakers[0].quotes, [0, 1]);
    assert.deepEqual(speakers[0].mentions.map((m) => m.text), ['activist Noor Ali', 'she']);
    assert.equal(speakers[0].stance, 'critical');
    assert.equal(quotes[1].mention?.type, 'pronoun');
  });

  it('drops quotes inside excluded ranges', () => {
    const text = '“We are ready,” Lopes said.';
    assert.equal(analyze(text, { exclude: [{ start: 0, end: 5 }] }).quotes.length, 0);
  });

  it('copes with empty and quote-only input', () => {
    assert.deepEqual(analyze(''), { quotes: [], speakers: [], unattributed: [], unclosed: [] });
    assert.doesNotThrow(() => analyze('"""“”«»'));
  });
});

describe('analyze: what checks read from the analysis', () => {
  it('gives an unclosed quotation its opening mark', () => {
    const a = analyze('“We will not sign this, she said.\nThe next day came.');
    assert.deepEqual(a.unclosed.map((u) => u.mark), ['“']);
  });

  it('says where the text gave a speaker\'s full name before a short first mention', () => {
    const text = 'Elena Varga arrived late. “We are close,” Varga said.\n“It will hold,” said Tom Reyes.';
    const { speakers } = analyze(text);
    assert.equal(speakers.find((s) => s.name === 'Elena Varga')!.introducedAt, 0);
    assert.equal(speakers.find((s) => s.name === 'Tom Reyes')!.introducedAt, null);
  });

  it('says where the text gave a last name before a pronoun that comes before the full name', () => {
    const text = 'Reyes was late. “It will hold,” he said.\nLater, Tom Reyes spoke to the press.';
    const reyes = analyze(text).speakers.find((s) => s.name === 'Tom Reyes')!;
    assert.equal(reyes.introducedAt, null);
    assert.equal(reyes.surnameAt, 0);
  });
});
