import * as assert from 'node:assert/strict';
import { analyze, expectQuotes, stages } from '../../../test/unit/engine';
import type { Stance } from '../types';

// 4-stance: cue words, negation, the writer's framing, and the label each quote gets.

describe('4-stance: cue words and negation', () => {
  const table: Array<[string, string, Array<readonly [string, Stance]>]> = [
    ['a critical word', 'This is a betrayal', [['betrayal', 'critical']]],
    ['a negator flips it', 'This is not a betrayal', [['betrayal', 'supportive']]],
    ['negation does not reach across an infinitive', 'We have no mandate to betray anyone', [['betray', 'critical']]],
    ['a phrase that carries its own negation is not flipped again', 'it will not work', [['will not work', 'critical']]],
    ['a prefix entry matches its forms', 'We welcomed it', [['welcomed', 'supportive']]],
    ['no cue in procedural words', 'The delegations arrive on Tuesday', []],
  ];
  for (const [name, words, expected] of table) it(name, () => assert.deepEqual(stages.stanceCues(words), expected));
});

describe('4-stance: the writer\'s framing', () => {
  const table: Array<[string, string, string[]]> = [
    ['a framing word outside quotations', 'The minister reacted cautiously to the offer.', ['cautiously']],
    ['words inside a quotation are not the writer\'s', '“We reacted cautiously,” she said.', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(stages.framings(text), expected));
});

describe('4-stance: quote labels', () => {
  const table: Array<[string, string, string, Stance]> = [
    ['negation flips a critical cue', '“This deal is not a betrayal of anyone,” Minister Ron Hale said.', 'This deal is not a betrayal of anyone,', 'supportive'],
    ['critical words', '“It is a surrender and it will not work,” opposition leader Kim Rowe said.', 'It is a surrender and it will not work,', 'critical'],
    ['conditions and guarantees are cautious', '“Any deal must include guarantees for the border towns,” Mayor Ines Roth said.', 'Any deal must include guarantees for the border towns,', 'cautious'],
    ['optimism is supportive', '“I am confident we will reach a deal soon,” envoy Dan Moss said.', 'I am confident we will reach a deal soon,', 'supportive'],
    ['procedural statements are neutral', '“The delegations arrive on Tuesday,” a spokesman said.', 'The delegations arrive on Tuesday,', 'neutral'],
    ['the writer\'s framing verb counts', 'Minister Pia Lund warned that the talks were moving quickly.', 'the talks were moving quickly', 'cautious'],
    ['framing in a nearby sentence colours the speaker\'s quote', 'Chancellor Otto Lind reacted cautiously. We will judge the result, not the promises, he said.', 'We will judge the result, not the promises', 'cautious'],
  ];
  for (const [name, text, quote, stance] of table) it(name, () => expectQuotes(text, [{ quote, stance }]));

  it('returns the cue words that decided the stance, with offsets into the text', () => {
    const text = '“This is a betrayal,” activist Noor Ali said.';
    const q = analyze(text).quotes[0];
    assert.equal(q.stance, 'critical');
    const cue = q.cues.find((c) => c.start !== undefined)!;
    assert.equal(text.slice(cue.start, cue.end).toLowerCase(), 'betrayal');
  });

  it('takes extra cue words from the options', () => {
    const text = '“The plan is a mirage,” critic Leo Hart said.';
    assert.equal(analyze(text).quotes[0].stance, 'neutral');
    assert.equal(analyze(text, { extraCues: { critical: ['mirage'] } }).quotes[0].stance, 'critical');
  });

  it('lets the roster\'s stance for a speaker win over the words', () => {
    const text = '“This is a betrayal,” activist Noor Ali said.';
    const q = analyze(text, { roster: { people: [{ name: 'Noor Ali', stance: 'supportive' }] } }).quotes[0];
    assert.equal(q.stance, 'supportive');
    assert.equal(q.stanceFromRoster, true);
  });

  it('gives a speaker the most frequent non-neutral stance of their quotes', () => {
    const text = '“It is a betrayal,” said activist Noor Ali. “It is a surrender,” she added. “We meet on Monday,” she said.';
    const [speaker] = analyze(text).speakers;
    assert.deepEqual(speaker.stanceCounts, { supportive: 0, critical: 2, cautious: 0, neutral: 1 });
    assert.equal(speaker.stance, 'critical');
  });
});
