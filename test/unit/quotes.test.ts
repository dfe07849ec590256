import * as assert from 'node:assert/strict';
import { findQuoteSpans } from '../../src/analysis/quotes';
import { segment } from '../../src/analysis/segment';

const contents = (text: string): string[] => findQuoteSpans(text).map((q) => text.slice(q.start, q.end));

describe('quotes: finding quotation spans', () => {
  const table: Array<[string, string, string[]]> = [
    ['curly double', '“We will talk,” she said.', ['We will talk,']],
    ['straight double', '"We will talk," she said.', ['We will talk,']],
    ['mixed straight open, curly close', 'They should "show good faith” now.', ['show good faith']],
    ['guillemets', 'Il a dit « pas encore » hier.', ['pas encore']],
    ['German low-high', 'Er sagte „nein“ dazu.', ['nein']],
    ['British single quotes', "‘We are ready,’ the minister said.", ['We are ready,']],
    ['apostrophes are not quotes', "The minister's aides didn't say, and the ministers' plan stood.", []],
    ['nested quotes give the outer span', '“He called it ‘a trap’ at once,” she said.', ['He called it ‘a trap’ at once,']],
    ['split by attribution', '“For me,” he said, “it is clear.”', ['For me,', 'it is clear.']],
    ['unterminated quote ends at the paragraph', '“We will not sign this\nThe next day came.', ['We will not sign this']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(contents(text), expected));

  it('marks a quote carried into the next paragraph as continued, one span per paragraph', () => {
    const text = '“First part of the speech.\n“Second part, to the end,” he said.';
    const spans = findQuoteSpans(text);
    assert.equal(spans.length, 2);
    assert.equal(spans[0].continued, true);
    assert.equal(spans[0].close, -1);
    assert.equal(spans[1].continued, false);
    assert.equal(text.slice(spans[1].start, spans[1].end), 'Second part, to the end,');
  });

  it('does not mark an unterminated quote continued when the next paragraph opens without a mark', () => {
    const spans = findQuoteSpans('“Never closed\nPlain text follows.');
    assert.equal(spans[0].continued, false);
  });
});

describe('segment: sentences', () => {
  const sentences = (text: string): string[] => segment(text).sentences.map((s) => text.slice(s.start, s.end));
  const table: Array<[string, string, string[]]> = [
    ['splits on full stops', 'One talk ended. Another began.', ['One talk ended.', 'Another began.']],
    ['keeps titles with dots', 'Mr. Brandt met Dr. Varga. They talked.', ['Mr. Brandt met Dr. Varga.', 'They talked.']],
    ['keeps U.S. inside a sentence', 'The U.S. envoy spoke. Then he left.', ['The U.S. envoy spoke.', 'Then he left.']],
    ['never cuts inside a quotation', '“We wait. We hope.” The envoy left.', ['“We wait. We hope.”', 'The envoy left.']],
    ['paragraphs are separate', 'First line\nSecond line', ['First line', 'Second line']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(sentences(text), expected));
});
