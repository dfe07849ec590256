import * as assert from 'node:assert/strict';
import { analyze, stages } from '../../../test/unit/engine';

// 1-segment: paragraphs, sentences, quotation spans and markdown code, as offsets.
const contents = (text: string): string[] => stages.findQuoteSpans(text).map((q) => text.slice(q.start, q.end));

describe('1-segment: paragraphs', () => {
  const table: Array<[string, string, string[]]> = [
    ['each line is a paragraph in a text with no blank lines, a headline without a full stop too', 'Union rejects offer\nBy Ana Ruiz\nThe union rejected the offer on Monday, its leader said.',
      ['Union rejects offer', 'By Ana Ruiz', 'The union rejected the offer on Monday, its leader said.']],
    ['with blank lines between paragraphs, a line that stops mid-sentence runs on into the next', 'Talks resume\n\nThe union leader, Ana Ruiz, said the\nSenate had to act, and that the offer\nwas “a start”.\n\nThe firm declined to comment.',
      ['Talks resume', 'The union leader, Ana Ruiz, said the\nSenate had to act, and that the offer\nwas “a start”.', 'The firm declined to comment.']],
    ['a line break after a sentence\'s end, a colon or a closing mark after one still ends the paragraph', 'First one ends here.\nSecond one says:\n“It is done.”\nThird.\n\nLast.',
      ['First one ends here.', 'Second one says:', '“It is done.”', 'Third.', 'Last.']],
    ['list items, headings and quotation blocks open their own paragraph', 'Demands\n- a pay rise\n- shorter hours\n# Reaction\n> We are ready\n\nEnd.',
      ['Demands', '- a pay rise', '- shorter hours', '# Reaction', '> We are ready', 'End.']],
    ['Windows line breaks wrap the same way', 'The union said on Monday that the\r\noffer from the port was fair, and that\r\nmembers would vote on it.\r\n\r\nEnd.', ['The union said on Monday that the\r\noffer from the port was fair, and that\r\nmembers would vote on it.', 'End.']],
    ['a line per paragraph with a blank line after the headline is no wrapped draft: a subhead or a line without a full stop stays apart', 'Union rejects offer\n\nThe union rejected the offer on Monday, its leader said.\nReaction from the firm\nThe firm said it was disappointed by the vote of its workers\nTalks resume on Friday.',
      ['Union rejects offer', 'The union rejected the offer on Monday, its leader said.', 'Reaction from the firm', 'The firm said it was disappointed by the vote of its workers', 'Talks resume on Friday.']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(stages.paragraphTexts(text), expected));

  it('reads a hard-wrapped draft as it reads the same draft unwrapped', () => {
    const draft = '“We are close to a deal,” said Ana Ruiz, the chief negotiator of the dockers\' union, on Monday.\n\nHer counterpart, Tom Hale, said the two sides were “still far apart” on pensions and warned that talks could collapse.';
    const wrapped = draft.replace(/(.{30,45}?) /g, '$1\n');
    assert.ok(wrapped.split('\n').length > 6);
    const read = (t: string) => analyze(t).quotes.map((q) => [q.text.replace(/\s+/g, ' '), q.speaker, q.role, q.kind]);
    assert.deepEqual(read(wrapped), read(draft));
    assert.equal(read(draft).length, 3);
  });
});

describe('1-segment: quotation spans', () => {
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
    ['a straight mark after a space and before a word opens a new quotation; the one left open ends there', 'He said: "It was hard. "Both sides spoke," he added.', ['It was hard.', 'Both sides spoke,']],
    ['a curly opening mark does the same', 'He said: “It was hard. “Both sides spoke,” he added.', ['It was hard.', 'Both sides spoke,']],
    ['a closing mark standing where an opening one would is read as one', 'He said ”we are ready” then.', ['we are ready']],
    ['a plural possessive inside single quotes does not close them; a mark after an "s" that no later closing mark follows does', "'It's the members' decision, not mine,' he said. She called it 'a betrayal of the workers' and walked out, saying 'no'.", ["It's the members' decision, not mine,", 'a betrayal of the workers', 'no']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(contents(text), expected));

  it('marks a quote carried into the next paragraph as continued, one span per paragraph', () => {
    const text = '“First part of the speech.\n“Second part, to the end,” he said.';
    const spans = stages.findQuoteSpans(text);
    assert.equal(spans.length, 2);
    assert.equal(spans[0].continued, true);
    assert.equal(spans[0].close, -1);
    assert.equal(spans[1].continued, false);
    assert.equal(text.slice(spans[1].start, spans[1].end), 'Second part, to the end,');
  });

  it('does not mark an unterminated quote continued when the next paragraph opens without a mark', () => {
    assert.equal(stages.findQuoteSpans('“Never closed\nPlain text follows.')[0].continued, false);
  });

  it('gives a paragraph analysed alone the same continued flag as the whole text does', () => {
    assert.equal(stages.analyzeParagraph('“First part of the speech.', true).quotes[0].continued, true);
    assert.equal(stages.analyzeParagraph('“First part of the speech.', false).quotes[0].continued, false);
  });
});

describe('1-segment: sentences', () => {
  const sentences = (text: string): string[] => stages.sentences(text).map((s) => text.slice(s.start, s.end));
  const table: Array<[string, string, string[]]> = [
    ['splits on full stops', 'One talk ended. Another began.', ['One talk ended.', 'Another began.']],
    ['keeps titles with dots', 'Mr. Brandt met Dr. Varga. They talked.', ['Mr. Brandt met Dr. Varga.', 'They talked.']],
    ['keeps U.S. inside a sentence', 'The U.S. envoy spoke. Then he left.', ['The U.S. envoy spoke.', 'Then he left.']],
    ['never cuts inside a quotation', '“We wait. We hope.” The envoy left.', ['“We wait. We hope.”', 'The envoy left.']],
    ['paragraphs are separate', 'First line\nSecond line', ['First line', 'Second line']],
    ['a list bullet is no part of the sentence', '• One senator spoke.\n- Another left.', ['One senator spoke.', 'Another left.']],
    ['a sentence may open with a quotation mark', 'He left. “We wait,” she said.', ['He left.', '“We wait,” she said.']],
    ['a lower-case word after a stop does not start a sentence', 'It cost 3.5 billion. no more was said.', ['It cost 3.5 billion. no more was said.']],
    ['a month\'s abbreviation ends no sentence before a day\'s number, but a given name like it does', 'Talks resume on Jun. 5 in Oslo. The plan came from Park Jun. Then he left.', ['Talks resume on Jun. 5 in Oslo.', 'The plan came from Park Jun.', 'Then he left.']],
    ['a quotation opening right after a stop with no space starts the next sentence (copy pasted from the web)', 'Ruiz said the deal was dead."We walk," she said.“Now,” he added. Mr."Hale" left.', ['Ruiz said the deal was dead.', '"We walk," she said.', '“Now,” he added.', 'Mr."Hale" left.']],
    ['"Barr." set off before a name is an honorific, but the surname Barr ends a sentence', 'The minister, Barr. Ada Eze, spoke. Talks failed, said Tom Barr. The union left.', ['The minister, Barr. Ada Eze, spoke.', 'Talks failed, said Tom Barr.', 'The union left.']],
    ['a capital letter before a stop and a quotation is a word, not an initial', 'She posted it on X. “Nobody should sign,” she wrote. Plan B. Smith said no.', ['She posted it on X.', '“Nobody should sign,” she wrote.', 'Plan B. Smith said no.']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(sentences(text), expected));
});

describe('1-segment: tokens', () => {
  const table: Array<[string, string, string[]]> = [
    ['a quotation is one token', '“We wait,” she said.', ['“We wait,”', 'she', 'said', '.']],
    ['possessives and inner apostrophes stay in their word', "Petrenko's aides didn't", ["Petrenko's", 'aides', "didn't"]],
    ['acronyms with dots are one word', 'The U.S. envoy', ['The', 'U.S.', 'envoy']],
    ['markdown\'s emphasis marks are no tokens', '**Ana Lee**, _never_', ['Ana', 'Lee', ',', 'never']],
    ['a typewriter\'s dash, two or three hyphens, is one token; a hyphenated word stays whole', 'Ana Lee -- the chief---said no to a long-term deal', ['Ana', 'Lee', '--', 'the', 'chief', '---', 'said', 'no', 'to', 'a', 'long-term', 'deal']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(stages.tokens(text).map((t) => t.text), expected));
});

describe('1-segment: markdown code ranges', () => {
  const code = (text: string): string[] => stages.markdownCodeRanges(text).map((r) => text.slice(r.start, r.end));
  const table: Array<[string, string, string[]]> = [
    ['inline code', 'Use `said` here.', ['`said`']],
    ['double-backtick code holding a backtick', 'A ``x ` y`` span.', ['``x ` y``']],
    ['an unclosed backtick is literal', 'It is `open only.', []],
    ['a fenced block, fences included', 'Intro\n```\n“We reject,” he said.\n```\nAfter', ['```\n“We reject,” he said.\n```\n']],
    ['a tilde fence left open runs to the end', 'Intro\n~~~\ncode', ['~~~\ncode']],
    ['an indented block after a blank line', 'Text\n\n    indented code\nText', ['    indented code\n']],
    ['no code in plain prose', '“We are ready,” she said.', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(code(text), expected));
});

describe('1-segment: markdown link syntax', () => {
  const syntax = (text: string): string[] => stages.markdownLinkRanges(text).map((r) => text.slice(r.start, r.end));
  const table: Array<[string, string, string[]]> = [
    ['a link\'s brackets and target, not its words', 'said [Ana Ruiz](https://example.com/a "Ana"), the chief', ['[', '](https://example.com/a "Ana")']],
    ['a whole image', 'Before ![the gate](gate.jpg) after', ['![the gate](gate.jpg)']],
    ['a reference link and its definition', 'said [Ana Ruiz][1].\n[1]: https://example.com/a', ['[', '][1]', '[1]: https://example.com/a']],
    ['an autolink and an HTML comment', 'See <https://example.com/x> <!-- note\nto self -->', ['<https://example.com/x>', '<!-- note\nto self -->']],
    ['square brackets in prose are no link', 'He said [sic] it was [over].', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(syntax(text), expected));
});
