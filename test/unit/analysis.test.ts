import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './engine';
import type { QuoteFinding } from '../../src/analysis/types';

interface Expect {
  quote: string;
  kind?: QuoteFinding['kind'];
  speaker?: string | null;
  role?: string | null;
  stance?: QuoteFinding['stance'];
}

/** Finds the predicted quote that covers `quote` (by overlap) and checks the fields given. */
function check(text: string, expected: Expect[]): void {
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

describe('analyze: attribution patterns', () => {
  const table: Array<[string, string, Expect[]]> = [
    ['direct quote, speaker after', 'Trade Minister Ana Lopes arrived early.\n“We are ready to sign today,” Lopes said.',
      [{ quote: 'We are ready to sign today,', kind: 'direct', speaker: 'Ana Lopes', role: 'Trade Minister' }]],
    ['inverted attribution with title', '“The door stays open,” said Foreign Secretary Paul Odum.',
      [{ quote: 'The door stays open,', speaker: 'Paul Odum', role: 'Foreign Secretary' }]],
    ['colon introduction', 'Speaking in Oslo, Nadia Berg said: “We will not be rushed.”',
      [{ quote: 'We will not be rushed.', kind: 'direct', speaker: 'Nadia Berg' }]],
    ['partial quote inside the writer\'s sentence', 'Energy Minister Karl Voss said the plan was “a serious step forward” for the region.',
      [{ quote: 'a serious step forward', kind: 'partial', speaker: 'Karl Voss', stance: 'supportive' }]],
    ['unquoted speech with trailing attribution', 'Finance Minister Ida Holm spoke after the vote. Nothing has been agreed until everything is agreed, she said.',
      [{ quote: 'Nothing has been agreed until everything is agreed', kind: 'unquoted', speaker: 'Ida Holm' }]],
    ['reported speech with "said that"', 'Defence Minister Omar Said met troops. Said said that the ceasefire would hold through the winter.',
      [{ quote: 'the ceasefire would hold through the winter', kind: 'indirect', speaker: 'Omar Said' }]],
    ['"called for" and "warned against"', 'Senator Lucy Grant called for firm guarantees before any deal. Senator Mark Obi warned against giving away too much at the table.',
      [{ quote: 'firm guarantees before any deal', kind: 'indirect', speaker: 'Lucy Grant', stance: 'cautious' },
        { quote: 'giving away too much at the table', kind: 'indirect', speaker: 'Mark Obi' }]],
    ['participle attribution takes the sentence subject', 'Prime Minister Eva Strand struck a firm note, calling for monitors on both sides of the border.',
      [{ quote: 'monitors on both sides of the border', speaker: 'Eva Strand', role: 'Prime Minister' }]],
    ['split quotation, both halves attributed', '“For us,” Minister Tara Quinn said, “the talks are the only road.”',
      [{ quote: 'For us,', speaker: 'Tara Quinn' }, { quote: 'the talks are the only road.', speaker: 'Tara Quinn' }]],
    ['pronoun resolves to the previous speaker', '“We are close,” said envoy Rami Aziz. “Only details remain,” he added.',
      [{ quote: 'Only details remain,', speaker: 'Rami Aziz' }]],
    ['pronoun after a named subject sentence', 'Chancellor Otto Lind reacted cautiously. We will judge the result, not the promises, he said.',
      [{ quote: 'We will judge the result, not the promises', speaker: 'Otto Lind', stance: 'cautious' }]],
    ['apposition gives the role', 'Maria Costa, the bloc\'s chief negotiator, said the offer was “not acceptable in its current form”.',
      [{ quote: 'not acceptable in its current form', speaker: 'Maria Costa', role: 'bloc\'s chief negotiator' }]],
    ['possessive title before the name', 'The alliance\'s top diplomat, Jan Weber, called for patience from all sides.',
      [{ quote: 'patience from all sides', speaker: 'Jan Weber', role: 'alliance\'s top diplomat' }]],
    ['organisation speaker and "it" later', 'The Kremlin said the meeting would take place in spring. It added that no date had been fixed yet.',
      [{ quote: 'the meeting would take place in spring', speaker: 'the Kremlin' }, { quote: 'no date had been fixed yet', speaker: 'the Kremlin' }]],
    ['"the office of" becomes a possessive organisation', 'The office of President Lena Marsh said in a statement that the envoy had been recalled.',
      [{ quote: 'the envoy had been recalled', speaker: 'Marsh’s office' }]],
    ['description resolves to an earlier person', 'Irish Foreign Minister Sean Kelly met his counterparts. Europe must have a seat at the table, the Irish minister said.',
      [{ quote: 'Europe must have a seat at the table', speaker: 'Sean Kelly', role: 'Irish Foreign Minister' }]],
    ['group sources and a later "the sources"', 'Both sides want a deal by June, three officials familiar with the talks said. The text is nearly done, the officials said.',
      [{ quote: 'Both sides want a deal by June', speaker: 'three officials familiar with the talks' }, { quote: 'The text is nearly done', speaker: 'three officials familiar with the talks' }]],
    ['according to', 'According to two diplomats close to the process, the sides have swapped draft texts.',
      [{ quote: 'the sides have swapped draft texts', speaker: 'two diplomats close to the process' }]],
    ['honorific surname resolves to the full name', 'Union leader Grace Nolan joined the talks. “We are not there yet,” said Ms Nolan.',
      [{ quote: 'We are not there yet,', speaker: 'Grace Nolan', role: 'Union leader' }]],
    ['"but warned against" takes the subject and the words after the particle', 'Mayor Ines Roth welcomed the talks but warned against any settlement that raises fares.',
      [{ quote: 'any settlement that raises fares', kind: 'indirect', speaker: 'Ines Roth', role: 'Mayor', stance: 'cautious' }]],
    ['apposition role in a sentence without a cue', 'The port authority\'s chief executive, Robert Fenn, arrived late. “We can close this today,” Fenn said.',
      [{ quote: 'We can close this today,', speaker: 'Robert Fenn', role: 'port authority\'s chief executive' }]],
    ['apposition after an inverted attribution', '“We leave with a few planks,” said Tariq Aziz, Jordan\'s water minister, who hosts the next round.',
      [{ quote: 'We leave with a few planks,', speaker: 'Tariq Aziz', role: 'Jordan\'s water minister' }]],
    ['a relative clause gives a role', '“This is about survival,” said Mele Tupou, who chairs the Pacific Islands Forum.',
      [{ quote: 'This is about survival,', speaker: 'Mele Tupou', role: 'chair of the Pacific Islands Forum' }]],
    ['"he" after a sentence whose subject is a named apposition', 'The bloc\'s lead negotiator, Ivo Marek, rejected the offer. The numbers cannot work, he said.',
      [{ quote: 'The numbers cannot work', speaker: 'Ivo Marek', role: 'bloc\'s lead negotiator' }]],
    ['reported speech stops where a new speaker\'s clause begins', 'Mayor Ines Roth said the bridge would reopen by May, but residents in the old town warned they would keep protesting.',
      [{ quote: 'the bridge would reopen by May', speaker: 'Ines Roth' }, { quote: 'they would keep protesting', speaker: 'residents in the old town' }]],
    ['a descriptive apposition without a title is skipped', 'Senator Ada Moss, a veteran of three budget fights, called the plan a “capitulation” at once.',
      [{ quote: 'capitulation', speaker: 'Ada Moss', role: 'Senator', stance: 'critical' }]],
    ['an adverbial participle between subject and verb is skipped', 'A senior treasury official, speaking on condition of anonymity, said the offer would not change.',
      [{ quote: 'the offer would not change', speaker: 'senior treasury official' }]],
    ['a title-only description opening the story names the person introduced next', 'The Chancellor has insisted that the budget talks will go on.\nSpeaking on the radio, Dame Alma Reyes said: \'We will keep talking.\'',
      [{ quote: 'the budget talks will go on', speaker: 'Alma Reyes', role: 'Chancellor' }, { quote: 'We will keep talking.', speaker: 'Alma Reyes', stance: 'supportive' }]],
    ['a leading conjunction is not part of a role', 'But the union\'s general secretary, Owen Pike, said the offer was \'an insult\'.',
      [{ quote: 'an insult', speaker: 'Owen Pike', role: 'union\'s general secretary', stance: 'critical' }]],
    ['a quoted adjunct before the reported clause', 'Union leader Grace Nolan said after “two long nights of bargaining” the gap had narrowed.',
      [{ quote: 'two long nights of bargaining', kind: 'partial', speaker: 'Grace Nolan' }, { quote: 'the gap had narrowed', kind: 'indirect', speaker: 'Grace Nolan' }]],
    ['a plural title before two names gives each the singular role', 'Talks went on with the outgoing and incoming Harbour Union presidents, Mr Dale Kerr and Ms Rita Moss, both present.\n“We are close,” Mr Kerr said.',
      [{ quote: 'We are close,', speaker: 'Dale Kerr', role: 'Harbour Union president' }]],
    ['a description as a sentence subject adds a nationality to a bare role', 'Prime Minister Ida Lund left the summit early.\nThe Danish Prime Minister is not hopeful about Friday. “We will see,” she said.',
      [{ quote: 'We will see,', speaker: 'Ida Lund', role: 'Danish Prime Minister', stance: 'cautious' }]],
    ['relative "who" after an inverted attribution', '“The mood is good,” said spokesman Leo Park, who also confirmed that a second round was planned.',
      [{ quote: 'a second round was planned', speaker: 'Leo Park' }]],
  ];
  for (const [name, text, expected] of table) it(name, () => check(text, expected));
});

describe('analyze: what is not a quote', () => {
  const table: Array<[string, string]> = [
    ['scare quotes with no speaker', 'The so-called “peace dividend” never arrived for the border towns.'],
    ['a title of a work', 'She read the book “War and Peace” on the flight home.'],
    ['a nickname the writer uses', 'Commentators dubbed it the “handshake summit” and moved on.'],
    ['a leading adverbial before a cue is not speech', 'During the long night of talks, the delegates explained their positions.'],
  ];
  for (const [name, text] of table) it(name, () => assert.deepEqual(analyze(text).quotes.map((q) => q.text), []));
});

describe('analyze: stance', () => {
  const table: Array<[string, string, string, QuoteFinding['stance']]> = [
    ['negation flips a critical cue', '“This deal is not a betrayal of anyone,” Minister Ron Hale said.', 'This deal is not a betrayal of anyone,', 'supportive'],
    ['critical words', '“It is a surrender and it will not work,” opposition leader Kim Rowe said.', 'It is a surrender and it will not work,', 'critical'],
    ['conditions and guarantees are cautious', '“Any deal must include guarantees for the border towns,” Mayor Ines Roth said.', 'Any deal must include guarantees for the border towns,', 'cautious'],
    ['optimism is supportive', '“I am confident we will reach a deal soon,” envoy Dan Moss said.', 'I am confident we will reach a deal soon,', 'supportive'],
    ['procedural statements are neutral', '“The delegations arrive on Tuesday,” a spokesman said.', 'The delegations arrive on Tuesday,', 'neutral'],
    ['the writer\'s framing verb counts', 'Minister Pia Lund warned that the talks were moving quickly.', 'the talks were moving quickly', 'cautious'],
  ];
  for (const [name, text, quote, stance] of table) it(name, () => check(text, [{ quote, stance }]));

  it('returns the cue words that decided the stance', () => {
    const q = analyze('“This is a betrayal,” activist Noor Ali said.').quotes[0];
    assert.equal(q.stance, 'critical');
    assert.ok(q.cues.some((c) => c.text.toLowerCase() === 'betrayal'));
    const cue = q.cues.find((c) => c.start !== undefined)!;
    assert.equal('“This is a betrayal,” activist Noor Ali said.'.slice(cue.start, cue.end).toLowerCase(), 'betrayal');
  });

  it('takes extra cue words from the options', () => {
    const text = '“The plan is a mirage,” critic Leo Hart said.';
    assert.equal(analyze(text).quotes[0].stance, 'neutral');
    assert.equal(analyze(text, { extraCues: { critical: ['mirage'] } }).quotes[0].stance, 'critical');
  });
});

describe('analyze: offsets, speakers list and continued quotes', () => {
  it('gives offsets that slice back to the quote text', () => {
    const text = readFileSync(join(__dirname, '../fixtures/sample-article.txt'), 'utf8');
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
