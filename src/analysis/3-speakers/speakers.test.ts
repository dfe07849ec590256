import * as assert from 'node:assert/strict';
import { expectQuotes, stages, type Expect } from '../../../test/unit/engine';

// 3-speakers: who the people and organisations are, their roles, and what each mention refers to.

describe('3-speakers: people a sentence names', () => {
  const table: Array<[string, string, Array<{ name: string; role: string | null }>]> = [
    ['a title before a name', 'Trade Minister Ana Lopes arrived.', [{ name: 'Ana Lopes', role: 'Trade Minister' }]],
    ['"Secretary of State" keeps its department', 'US Secretary of State Jo Bell spoke.', [{ name: 'Jo Bell', role: 'US Secretary of State' }]],
    ['an apposition after the name adds the role', 'Maria Costa, the bloc\'s chief negotiator, arrived.', [{ name: 'Maria Costa', role: null }, { name: 'Maria Costa', role: 'bloc\'s chief negotiator' }]],
    ['an honorific is not part of the name', 'Ms Grace Nolan left.', [{ name: 'Grace Nolan', role: null }]],
    ['an organisation is not a person', 'The European Union met.', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(stages.people(text), expected));
});

describe('3-speakers: kinds of mention', () => {
  const table: Array<[string, string, string]> = [
    ['a pronoun', 'she', 'pronoun'],
    ['a relative pronoun', 'who', 'relative'],
    ['a name with a title', 'Foreign Minister Jan Weber', 'name'],
    ['a description', 'the German minister', 'description'],
    ['an organisation', 'the Kremlin', 'organisation'],
    ['a possessive office', 'his office', 'organisation'],
    ['a demonym noun is a description', 'the Dutchman', 'description'],
    ['a name with a title after it', 'Anna Berg SPD leader', 'name'],
  ];
  for (const [name, phrase, expected] of table) it(name, () => assert.equal(stages.mentionType(phrase), expected));
});

describe('3-speakers: speakers and roles in context', () => {
  const table: Array<[string, string, Expect[]]> = [
    ['inverted attribution with title', '“The door stays open,” said Foreign Secretary Paul Odum.',
      [{ quote: 'The door stays open,', speaker: 'Paul Odum', role: 'Foreign Secretary' }]],
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
    ['honorific surname resolves to the full name', 'Union leader Grace Nolan joined the talks. “We are not there yet,” said Ms Nolan.',
      [{ quote: 'We are not there yet,', speaker: 'Grace Nolan', role: 'Union leader' }]],
    ['apposition role in a sentence without a cue', 'The port authority\'s chief executive, Robert Fenn, arrived late. “We can close this today,” Fenn said.',
      [{ quote: 'We can close this today,', speaker: 'Robert Fenn', role: 'port authority\'s chief executive' }]],
    ['apposition after an inverted attribution', '“We leave with a few planks,” said Tariq Aziz, Jordan\'s water minister, who hosts the next round.',
      [{ quote: 'We leave with a few planks,', speaker: 'Tariq Aziz', role: 'Jordan\'s water minister' }]],
    ['a relative clause gives a role', '“This is about survival,” said Mele Tupou, who chairs the Pacific Islands Forum.',
      [{ quote: 'This is about survival,', speaker: 'Mele Tupou', role: 'chair of the Pacific Islands Forum' }]],
    ['an acronym stands for the organisation named before', 'The Harbour Drivers Union said the offer was too low. HDU says it reached middle ground on wages.',
      [{ quote: 'the offer was too low', speaker: 'the Harbour Drivers Union' }, { quote: 'it reached middle ground on wages', speaker: 'the Harbour Drivers Union' }]],
    ['a short name stands for the organisation named before', 'The Acme Mining Company said talks had stalled. Acme said it would wait for a written offer.',
      [{ quote: 'talks had stalled', speaker: 'the Acme Mining Company' }, { quote: 'it would wait for a written offer', speaker: 'the Acme Mining Company' }]],
    ['an abbreviated title cut off by its period', 'Sen. Ana Lopes (D-Ore.) said she expected the bill to pass.',
      [{ quote: 'she expected the bill to pass', speaker: 'Ana Lopes', role: 'Sen.' }]],
    ['a title phrase at the end of a longer segment, before the name', 'The letter sent by the secretary of the transport department, Rui Costa, said all action had to stop.',
      [{ quote: 'all action had to stop', speaker: 'Rui Costa', role: 'secretary of the transport department' }]],
    ['an apposition with a long "of" complement', 'Ana Lopes, the president of the Harbour School Board Council of Unions, said the offer was fair.',
      [{ quote: 'the offer was fair', speaker: 'Ana Lopes', role: 'president of the Harbour School Board Council of Unions' }]],
    ['a dateline in capitals is not a speaker', 'HARBOURTON – The Harbour Drivers Union, representing 900 drivers, has filed a strike notice, saying talks with the city had broken down.',
      [{ quote: 'talks with the city had broken down', speaker: 'the Harbour Drivers Union' }]],
    ['an abbreviated title ("PM") is a role, not part of the name', 'PM Ana Lopes said the country would not be rushed.',
      [{ quote: 'the country would not be rushed', speaker: 'Ana Lopes', role: 'PM' }]],
    ['a description spelled the other way ("advisor") finds the person', 'Rui Costa, security adviser to the president, spoke first. “We are ready,” the security advisor added.',
      [{ quote: 'We are ready,', speaker: 'Rui Costa' }]],
    ['"she" skips a man the text has called "he"', 'Mayor Tom Reyes met union president Ada Okon. “We are close,” he said. “The offer is an insult,” she said.',
      [{ quote: 'We are close,', speaker: 'Tom Reyes' }, { quote: 'The offer is an insult,', speaker: 'Ada Okon' }]],
    ['an honorific tells a gender that a pronoun must agree with', 'Ms Lena Varga spoke first, then Mr Jon Bell. “We need more time,” she said.',
      [{ quote: 'We need more time,', speaker: 'Lena Varga' }]],
    ['"she" with only men named before is nobody', 'Mayor Tom Reyes spoke to reporters. “We are close,” he said. The offer is an insult, she said.',
      [{ quote: 'We are close,', speaker: 'Tom Reyes' }, { quote: 'The offer is an insult', speaker: null }]],
    ['"it" means an organisation that was a sentence subject, never a person', 'Mayor Tom Reyes spoke first. The Harbour Chamber of Commerce urged both sides to settle. “Every day costs shops,” it said.',
      [{ quote: 'Every day costs shops,', speaker: 'the Harbour Chamber of Commerce' }]],
    ['"it" with no organisation before is nobody', 'Mayor Tom Reyes spoke first. “Every day costs shops,” it said.',
      [{ quote: 'Every day costs shops,', speaker: null }]],
    ['"he" after a sentence whose subject is a named apposition', 'The bloc\'s lead negotiator, Ivo Marek, rejected the offer. The numbers cannot work, he said.',
      [{ quote: 'The numbers cannot work', speaker: 'Ivo Marek', role: 'bloc\'s lead negotiator' }]],
    ['a descriptive apposition without a title is skipped', 'Senator Ada Moss, a veteran of three budget fights, called the plan a “capitulation” at once.',
      [{ quote: 'capitulation', speaker: 'Ada Moss', role: 'Senator', stance: 'critical' }]],
    ['an adverbial participle between subject and verb is skipped', 'A senior treasury official, speaking on condition of anonymity, said the offer would not change.',
      [{ quote: 'the offer would not change', speaker: 'senior treasury official' }]],
    ['a title-only description opening the story names the person introduced next', 'The Chancellor has insisted that the budget talks will go on.\nSpeaking on the radio, Dame Alma Reyes said: \'We will keep talking.\'',
      [{ quote: 'the budget talks will go on', speaker: 'Alma Reyes', role: 'Chancellor' }, { quote: 'We will keep talking.', speaker: 'Alma Reyes', stance: 'supportive' }]],
    ['a leading conjunction is not part of a role', 'But the union\'s general secretary, Owen Pike, said the offer was \'an insult\'.',
      [{ quote: 'an insult', speaker: 'Owen Pike', role: 'union\'s general secretary', stance: 'critical' }]],
    ['a plural title before two names gives each the singular role', 'Talks went on with the outgoing and incoming Harbour Union presidents, Mr Dale Kerr and Ms Rita Moss, both present.\n“We are close,” Mr Kerr said.',
      [{ quote: 'We are close,', speaker: 'Dale Kerr', role: 'Harbour Union president' }]],
    ['a description as a sentence subject adds a nationality to a bare role', 'Prime Minister Ida Lund left the summit early.\nThe Danish Prime Minister is not hopeful about Friday. “We will see,” she said.',
      [{ quote: 'We will see,', speaker: 'Ida Lund', role: 'Danish Prime Minister', stance: 'cautious' }]],
    ['a lone first name refers back to the one person who has it', 'Chief negotiator Redwan Hussien arrived. “We are ready to talk,” Redwan said.',
      [{ quote: 'We are ready to talk,', speaker: 'Redwan Hussien', role: 'Chief negotiator' }]],
    ['a first name two people share is left as it is', 'Anna Berg and Anna Cole arrived. “We are ready,” Anna said.',
      [{ quote: 'We are ready,', speaker: 'Anna' }]],
    ['a country\'s possessive before a full name is not part of the name', '“We will sign,” said Australia’s Peter Woolcott.',
      [{ quote: 'We will sign,', speaker: 'Peter Woolcott' }]],
    ['a demonym noun names the person of that country named before', 'Dutch Prime Minister Mark Vos arrived late. “This cannot stand,” the Dutchman said.',
      [{ quote: 'This cannot stand,', speaker: 'Mark Vos', role: 'Dutch Prime Minister' }]],
    ['a name glued to a title after it is split into name and role', '“The deal is close,” said Anna Berg SPD leader.',
      [{ quote: 'The deal is close,', speaker: 'Anna Berg', role: 'SPD leader' }]],
    ['an apposition with a "to" complement is skipped to the name', 'Rosa Lind, the bloc’s ambassador to Canada, told reporters that the talks would resume.',
      [{ quote: 'the talks would resume', speaker: 'Rosa Lind' }]],
  ];
  for (const [name, text, expected] of table) it(name, () => expectQuotes(text, expected));
});
