import * as assert from 'node:assert/strict';
import { analyze, expectQuotes, stages, type Expect } from '../../../test/unit/engine';

// 2-candidates: which words are reported speech, of what kind, and the cue that attributes them.

describe('2-candidates: reporting cues', () => {
  const table: Array<[string, string, Array<{ lemma: string; side: string; source: string | null }>]> = [
    ['speaker before the verb', 'Lopes said the deal was close.', [{ lemma: 'say', side: 'left', source: 'Lopes' }]],
    ['inverted: speaker after the verb', '“It is close,” said envoy Rami Aziz.', [{ lemma: 'say', side: 'right', source: 'envoy Rami Aziz' }]],
    ['a participle inherits the sentence subject', 'Eva Strand spoke, calling for monitors.', [{ lemma: 'call', side: 'inherit', source: null }]],
    ['"according to" takes the phrase after it', 'According to two diplomats, talks resumed.', [{ lemma: 'according', side: 'right', source: 'two diplomats' }]],
    ['"according to" a document is no cue', 'According to the tally, turnout rose.', []],
    ['a verb after "to" is not a cue', 'She wanted to say nothing.', []],
    ['"called" needs "for" right after it', 'He called the meeting early.', []],
    ['"called" before a quotation is a verb of naming', 'He called the plan “a farce”.', [{ lemma: 'call', side: 'left', source: 'He' }]],
    ['"was told" is passive, no cue', 'He was told to wait.', []],
    ['"is saying" is progressive, a cue', 'She is saying the deal is dead.', [{ lemma: 'say', side: 'left', source: 'She' }]],
    ['the object of "told" is who listens, never an inverted speaker', '“It is over,” told Radio Harbour.', [{ lemma: 'tell', side: 'inherit', source: null }]],
    ['a post and whom it serves speak together', 'A spokeswoman for the official side said the staff were offered a deal.', [{ lemma: 'say', side: 'left', source: 'A spokeswoman for the official side' }]],
    ['a post and the place it serves speak together', '“We stand behind it,” the Labour MP for Eastfield added.', [{ lemma: 'add', side: 'left', source: 'the Labour MP for Eastfield' }]],
    ['"called on X to" never makes X the speaker; an apposition with describing words is hopped over', 'Acme, the city’s largest private sector union, has called on Mayor Ann Lee to act.', [{ lemma: 'call', side: 'left', source: 'Acme' }]],
    ['"made it clear" is a reporting verb', 'The city made it clear that no deal could be signed.', [{ lemma: 'make', side: 'left', source: 'The city' }]],
    ['"made a clear offer" is not', 'The mayor made a clear offer to the drivers.', []],
    ['a pronoun opening the reported clause is no inverted speaker', 'The talks were long, said she expected a deal.', [{ lemma: 'say', side: 'inherit', source: null }]],
    ['an age after the name is skipped to the name', '“It is over,” Dorn, 53, told Radio Harbour.', [{ lemma: 'tell', side: 'left', source: 'Dorn' }]],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(stages.cues(text), expected));
});

describe('2-candidates: reported words and their kind', () => {
  const table: Array<[string, string, Array<{ text: string; kind: string }>]> = [
    ['a direct quotation before its cue', '“We are ready,” Lopes said.', [{ text: 'We are ready,', kind: 'direct' }]],
    ['a clause after "said that"', 'Lopes said that the border would stay open.', [{ text: 'the border would stay open', kind: 'indirect' }]],
    ['an infinitive after an object and before a comma is the content', 'Reyes encouraged both leaders to work toward a deal, though Lee said the gap was wide.', [{ text: 'to work toward a deal', kind: 'indirect' }, { text: 'the gap was wide', kind: 'indirect' }]],
    ['a relative clause with its own reporting verb reports too, and ends at its comma', 'Party leader Ana Lutz, who has repeatedly said she will not join a coalition with the greens, said after the meeting that “more variations are possible”.', [{ text: 'she will not join a coalition with the greens', kind: 'indirect' }, { text: 'more variations are possible', kind: 'partial' }]],
    ['an absolute construction ends the content before it', 'The union announced it would ignore that deadline, with the head of the union, Rui Costa, warning more action could be on the way.', [{ text: 'it would ignore that deadline', kind: 'indirect' }, { text: 'more action could be on the way', kind: 'indirect' }]],
    ['two short quoted words that only modify a reported clause make one indirect quote', 'Lopes said it is an “undeniable fact” that several “serious breaches” have occurred since April.', [{ text: 'it is an “undeniable fact” that several “serious breaches” have occurred since April', kind: 'indirect' }]],
    ['one quoted phrase inside reported speech stays a partial quote', 'Lopes said the union was “playing games with the city”.', [{ text: 'playing games with the city', kind: 'partial' }]],
    ['"claimed that" is speech', 'Ana Lopes claimed that the vote was rigged.', [{ text: 'the vote was rigged', kind: 'indirect' }]],
    ['speech split by its cue: the subject before it is a piece too', 'The offer, Lopes said, was an insult to every driver in the city.', [{ text: 'The offer', kind: 'unquoted' }, { text: 'was an insult to every driver in the city', kind: 'unquoted' }]],
    ['a whole clause after the cue leaves the adverb before it alone', 'Meanwhile, he said, the talks were over for the year.', [{ text: 'the talks were over for the year', kind: 'unquoted' }]],
    ['"called out X for"', 'The guild called out the studio for leaking details about the meeting.', [{ text: 'the studio for leaking details about the meeting', kind: 'indirect' }]],
    ['a participle after "while" or "before" reports for the subject', 'Reyes spoke before calling off the strike and asking doctors to resume work within a day.', [{ text: 'to resume work within a day', kind: 'indirect' }]],
    ['"asked X to"', 'Lee has asked Reyes to lower the electricity bill.', [{ text: 'to lower the electricity bill', kind: 'indirect' }]],
    ['"Asked about X," opens a sentence, it reports nothing', 'Asked about the deal, Reyes said it was fair.', [{ text: 'it was fair', kind: 'indirect' }]],
    ['a condition may open reported speech', 'The delegation has said if the world is serious about this treaty, negotiators must focus on what all can accept.', [{ text: 'if the world is serious about this treaty, negotiators must focus on what all can accept', kind: 'indirect' }]],
    ['a place set off by commas after an adjunct, before "that"', 'Rigo Gacha argued during a church service in Laare town, Meru County, that an audit should not be part of the talks.', [{ text: 'an audit should not be part of the talks', kind: 'indirect' }]],
    ['an adverb between a name and its verb', 'Drescher promptly confirmed to hosts Ann Lee and Bo Chan that there has been no movement on talks.', [{ text: 'there has been no movement on talks', kind: 'indirect' }]],
    ['"the family said"', 'The family said the deal was unfair.', [{ text: 'the deal was unfair', kind: 'indirect' }]],
    ['"was quoted as saying": the speech before it, not the agency after it', 'The talks failed to produce a breakthrough, Lopes was quoted as saying by the state news agency.', [{ text: 'The talks failed to produce a breakthrough', kind: 'unquoted' }]],
    ['"was quoted as saying" before a clause', 'Lopes was quoted as saying the talks had failed.', [{ text: 'the talks had failed', kind: 'indirect' }]],
    ['a participle of naming takes its quotation, not the clause before it', 'Acme stands by its policy, terming the strike ‘illegal and reckless’.', [{ text: 'illegal and reckless', kind: 'partial' }]],
    ['an adverb between subject and verb ("even suggested")', 'One senator even suggested the site is ‘not compatible with democracy’.', [{ text: 'not compatible with democracy', kind: 'partial' }]],
    ['"quipped" reports words', 'The offer was balanced in that everybody hated it, the treasurer quipped.', [{ text: 'The offer was balanced in that everybody hated it', kind: 'unquoted' }]],
    ['unquoted speech before ", she said"', 'The deal is dead, she said.', [{ text: 'The deal is dead', kind: 'unquoted' }]],
    ['the object of "accused X of"', 'Lopes accused the union of stalling the talks.', [{ text: 'stalling the talks', kind: 'indirect' }]],
    ['a bare present verb after a plural group', 'The strikers insist they will not return to work.', [{ text: 'they will not return to work', kind: 'indirect' }]],
    ['a parenthetical adverb between the verb and "that"', 'Lopes conceded, however, that the gap was still wide.', [{ text: 'the gap was still wide', kind: 'indirect' }]],
    ['speech after a colon without quotation marks', 'Lopes said: We are working hard to secure an agreement.', [{ text: 'We are working hard to secure an agreement', kind: 'unquoted' }]],
    ['unquoted speech before ", an agency reported"', 'The ceasefire will hold until Friday, the agency reported.', [{ text: 'The ceasefire will hold until Friday', kind: 'unquoted' }]],
    ['a phrase of stance as the object of "reiterated"', 'The airline reiterated its commitment to an open skies accord.', [{ text: 'its commitment to an open skies accord', kind: 'indirect' }]],
    ['"expressed" reports only a phrase of stance', 'Lopes expressed disappointment that no agreement had been reached. Lopes expressed the letter to the union.', [{ text: 'disappointment that no agreement had been reached', kind: 'indirect' }]],
    ['"disclosed that"', 'Lopes disclosed that a date had been set for the next round.', [{ text: 'a date had been set for the next round', kind: 'indirect' }]],
    ['"cited X as" reports what follows "as"', 'Lopes cited the tariff as the main obstacle to a deal.', [{ text: 'the main obstacle to a deal', kind: 'indirect' }]],
    ['a quoted fragment inside reported speech is partial', 'Lopes said the offer was “an insult”.', [{ text: 'an insult', kind: 'partial' }]],
    ['"described X as": what follows "as"', 'Lopes described the second round as a waste of everyone’s time.', [{ text: 'a waste of everyone’s time', kind: 'indirect' }]],
    ['"described X as" a one-word complement: object and complement', 'Lopes described Friday morning’s meeting as constructive.', [{ text: 'Friday morning’s meeting as constructive', kind: 'indirect' }]],
    ['"cited X as" past a long object', 'Rossi cited the U.S. Cold War-era trade embargo as another key factor behind the exodus.', [{ text: 'another key factor behind the exodus', kind: 'indirect' }]],
    ['"described" before a quotation', 'Lopes described a “friendly mood” at the table.', [{ text: 'friendly mood', kind: 'partial' }]],
    ['"praised X for": what follows "for"', 'The mayor praised the drivers for keeping the buses running.', [{ text: 'keeping the buses running', kind: 'indirect' }]],
    ['"applauded X for": what follows "for"', 'The guild applauded the studio for reopening the talks.', [{ text: 'reopening the talks', kind: 'indirect' }]],
    ['"slammed X for": what follows "for"', 'Critics slammed the council for walking out of the meeting.', [{ text: 'walking out of the meeting', kind: 'indirect' }]],
    ['"blamed X for": the whole complement', 'Rita Lund blamed the board for the delay.', [{ text: 'the board for the delay', kind: 'indirect' }]],
    ['"blamed Y on X": the whole complement', 'Pia Moss blamed the delay on the board.', [{ text: 'the delay on the board', kind: 'indirect' }]],
    ['"what X calls Y" without quotation marks: Y', 'The strike follows what the union calls a refusal to bargain in good faith.', [{ text: 'a refusal to bargain in good faith', kind: 'indirect' }]],
    ['a reporting clause inside a restrictive relative clause is speech of its own', 'Minister Tom Vale said the talks would cover trade rules that he said favour large exporters over small ones.', [{ text: 'the talks would cover trade rules', kind: 'indirect' }, { text: 'favour large exporters over small ones', kind: 'indirect' }]],
    ['a clause before a quotation after "but" is reported too', 'Dan Ruiz said the new rules would slow the exodus but “were not enough.”', [{ text: 'the new rules would slow the exodus', kind: 'indirect' }, { text: 'were not enough.', kind: 'partial' }]],
    ['a reporting participle after "in" is the subject\'s', 'Party leaders joined the mayor in urging the council to revive the talks.', [{ text: 'to revive the talks', kind: 'indirect' }]],
    ['"rejected claims that": the claim answered, noun and clause', 'Minister Tom Vale rejected claims that the talks had collapsed.', [{ text: 'claims that the talks had collapsed', kind: 'indirect' }]],
    ['"dismissing suggestions that" inside an apposition', 'Vale, dismissing suggestions that the talks were near collapse, said the mood was good.', [{ text: 'suggestions that the talks were near collapse', kind: 'indirect' }, { text: 'the mood was good', kind: 'indirect' }]],
    ['nominal speech: "issued urgent appeals for", "renewed its call for"', 'The two envoys issued urgent appeals for a halt to the fighting.', [{ text: 'a halt to the fighting', kind: 'indirect' }]],
    ['", as X said that" starts speech of its own and ends the content before it', 'The union renewed its call for a pay rise of ten per cent, as party chief Ana Gut said on Monday that the offer was too low.', [{ text: 'a pay rise of ten per cent', kind: 'indirect' }, { text: 'the offer was too low', kind: 'indirect' }]],
    ['a clause of its own after the last quotation, joined by "and"', 'The meeting was held in a “cordial and constructive atmosphere” and it was decided that the troops will pull back, officials told the agency.', [{ text: 'cordial and constructive atmosphere', kind: 'partial' }, { text: 'it was decided that the troops will pull back', kind: 'unquoted' }]],
    ['a progressive reporting verb', 'The union is demanding a raise of nine per cent this year.', [{ text: 'a raise of nine per cent this year', kind: 'indirect' }]],
    ['"pledged to" takes the infinitive', 'Both leaders have pledged to continue the talks next week.', [{ text: 'to continue the talks next week', kind: 'indirect' }]],
    ['"pointed out that"', 'Lopes pointed out that the deadline had already passed.', [{ text: 'the deadline had already passed', kind: 'indirect' }]],
    ['an adverb between the subject and the verb', 'The union however insists it will not return first.', [{ text: 'it will not return first', kind: 'indirect' }]],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(stages.candidates(text), expected));
});

describe('2-candidates: attribution patterns', () => {
  const table: Array<[string, string, Expect[]]> = [
    ['a quoted phrase in a sentence with no reporting verb is its subject\'s', 'Trade Minister Ana Lopes wants the talks restarted “as soon as possible” after the vote.',
      [{ quote: 'as soon as possible', kind: 'partial', speaker: 'Ana Lopes', role: 'Trade Minister' }]],
    ['direct quote, speaker after', 'Trade Minister Ana Lopes arrived early.\n“We are ready to sign today,” Lopes said.',
      [{ quote: 'We are ready to sign today,', kind: 'direct', speaker: 'Ana Lopes', role: 'Trade Minister' }]],
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
    ['according to', 'According to two diplomats close to the process, the sides have swapped draft texts.',
      [{ quote: 'the sides have swapped draft texts', speaker: 'two diplomats close to the process' }]],
    ['"but warned against" takes the subject and the words after the particle', 'Mayor Ines Roth welcomed the talks but warned against any settlement that raises fares.',
      [{ quote: 'any settlement that raises fares', kind: 'indirect', speaker: 'Ines Roth', role: 'Mayor', stance: 'cautious' }]],
    ['reported speech stops where a new speaker\'s clause begins', 'Mayor Ines Roth said the bridge would reopen by May, but residents in the old town warned they would keep protesting.',
      [{ quote: 'the bridge would reopen by May', speaker: 'Ines Roth' }, { quote: 'they would keep protesting', speaker: 'residents in the old town' }]],
    ['a quoted adjunct before the reported clause', 'Union leader Grace Nolan said after “two long nights of bargaining” the gap had narrowed.',
      [{ quote: 'two long nights of bargaining', kind: 'partial', speaker: 'Grace Nolan' }, { quote: 'the gap had narrowed', kind: 'indirect', speaker: 'Grace Nolan' }]],
    ['relative "who" after an inverted attribution', '“The mood is good,” said spokesman Leo Park, who also confirmed that a second round was planned.',
      [{ quote: 'a second round was planned', speaker: 'Leo Park' }]],
  ];
  for (const [name, text, expected] of table) it(name, () => expectQuotes(text, expected));
});

describe('2-candidates: what is not a quote', () => {
  const table: Array<[string, string]> = [
    ['scare quotes with no speaker', 'The so-called “peace dividend” never arrived for the border towns.'],
    ['a title of a work', 'She read the book “War and Peace” on the flight home.'],
    ['a nickname the writer uses', 'Commentators dubbed it the “handshake summit” and moved on.'],
    ['a leading adverbial before a cue is not speech', 'During the long night of talks, the delegates explained their positions.'],
    ['"reported" as an adjective, or with only an object', 'The reported deal was never signed. Officials reported progress.'],
    ['a capitalised name of a show or a speech', 'Trade Minister Ana Lopes appeared on “Harbour This Morning” before the “State of the Union” address.'],
    ['a two-word phrase in quotation marks, in a sentence with no reporting verb', 'Trade Minister Ana Lopes rejected the “peace plan” outright.'],
    ['a belief is not a speech act', 'Ana Lopes, who believes the vote was stolen from her, arrived late.'],
    ['"claimed" a thing is not speech', 'Reformist leader Ana Lopes claimed a landmark win in the elections in February.'],
    ['issuing a thing for someone is not speech', 'The ministry issued new fishing rules for the coastal fleet.'],
    ['rejecting a thing is not speech', 'Minister Tom Vale rejected the offer and the new timetable.'],
    ['a sentence opening "What X called …" names nothing', 'What the mayor called the plan was never clear to anyone.'],
    ['condemning or thanking with only an object is not speech', 'Mayor Rita Lund condemned the attack and thanked the police.'],
  ];
  for (const [name, text] of table) it(name, () => assert.deepEqual(analyze(text).quotes.map((q) => q.text), []));
});
