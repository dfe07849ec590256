import * as assert from 'node:assert/strict';
import { engine } from './engine';

const problems = (text: string, severities = {}) => engine.checkAnalysis(engine.analyze(text), severities);
const codes = (text: string): string[] => problems(text).map((p) => p.code);

describe('checks: attribution problems', () => {
  const table: Array<[string, string, string[]]> = [
    ['a well-attributed draft has none', 'Trade Minister Ana Lopes arrived early.\n“We are ready to sign today,” Lopes said.', []],
    ['a quotation with no speaker anywhere', '“Nobody will sign this week.”\nThe talks resume on Monday.', ['unattributed-quote']],
    ['an opening mark never closed', 'Trade Minister Ana Lopes said: “We are ready to sign today.\nThe talks resume on Monday.', ['unbalanced-quote']],
    ['a quote carried into the next paragraph is not unbalanced', 'Trade Minister Ana Lopes said:\n“We are ready.\n“We sign today,” she added.', []],
    ['a quote paragraph with no attribution of its own', 'Trade Minister Ana Lopes spoke after the vote. “We are ready,” Lopes said.\n“The text is final and we will sign it on Monday.”', ['inferred-speaker']],
    ['a quote after its attribution in the same paragraph is not inferred', '“We are ready,” Lopes said. “The text is final and we will sign it on Monday.”\nTrade Minister Ana Lopes left.', ['surname-first']],
    ['surname before the full name', '“We are ready,” Lopes said.\nTrade Minister Ana Lopes arrived early.', ['surname-first']],
    ['the last name anywhere in the text before the full name', 'Talks resumed after Lopes\'s members voted to strike.\nUnion president Ana Lopes said: “We are ready.”', ['surname-first']],
    ['another person with the same last name is not an early mention', 'Ines Lopes chaired the session.\nUnion president Ana Lopes said: “We are ready.”', []],
    ['a post and a different post of one person', 'Deputy Mayor Tom Reyes welcomed the talks.\nTransport chief Tom Reyes later warned against promises the city could not keep.', ['role-conflict']],
    ['a description of the same post is not a second role', 'Ukrainian President Ivan Koval arrived.\nThe Ukrainian leader said: “We are ready.” “It will hold,” said Ivan Koval.', []],
    ['a pronoun with no possible referent', 'Mayor Tom Reyes spoke to reporters. “We are close,” he said.\nThe offer is an insult, she said.', ['unattributed-quote']],
    ['two conflicting roles', 'Foreign Minister Ana Lopes spoke first.\n“We are ready,” said Defence Minister Ana Lopes.', ['role-conflict']],
    ['a pronoun that could mean two people', 'Trade Minister Ana Lopes met Finance Minister Rui Costa. We are close to a deal, he said.', ['ambiguous-pronoun']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(codes(text), expected));

  it('flags the first bare last name, keeps the role in its fix, and says where the role conflict is', () => {
    const text = 'Talks resumed after Lopes\'s members voted to strike.\nUnion president Ana Lopes said: “We are ready.”\nTreasurer Ana Lopes said: “We are not.”';
    const [surname, conflict] = problems(text);
    assert.equal(text.slice(surname.start, surname.end), 'Lopes');
    assert.equal(surname.start, text.indexOf('Lopes'));
    assert.deepEqual(surname.fixes.map((f) => f.newText), ['Union president Ana Lopes']);
    assert.equal(conflict.code, 'role-conflict');
    assert.equal(text.slice(conflict.start, conflict.end), 'Treasurer Ana Lopes');
  });

  it('names the pronoun that has no possible referent', () => {
    const text = 'Mayor Tom Reyes spoke to reporters. “We are close,” he said.\nThe offer is an insult, she said.';
    const [p] = problems(text);
    assert.equal(text.slice(p.start, p.end), 'she');
    assert.match(p.message, /“she” has no possible referent/);
  });

  it('offers a fix that introduces the speaker by full name and role', () => {
    const text = '“We are ready,” Lopes said.\nTrade Minister Ana Lopes arrived early.';
    const [p] = problems(text);
    assert.equal(text.slice(p.start, p.end), 'Lopes');
    assert.deepEqual(p.fixes.map((f) => f.newText), ['Trade Minister Ana Lopes']);
  });

  it('says whose words an inferred quote is taken to be, and from which mention', () => {
    const text = 'Trade Minister Ana Lopes spoke after the vote. “We are ready,” Lopes said.\n“The text is final and we will sign it on Monday.”';
    const p = problems(text).find((x) => x.code === 'inferred-speaker')!;
    assert.equal(p.severity, 'information');
    assert.match(p.message, /Ana Lopes’s, carried over from “Lopes”/);
    assert.equal(text.slice(p.start, p.end), 'The text is final and we will sign it on Monday.');
    assert.equal(engine.analyze(text).quotes[1].inferred, true);
    assert.equal(engine.analyze(text).quotes[0].inferred, undefined);
  });

  it('offers a fix that closes an unclosed quotation with the matching mark', () => {
    const text = 'Ana Lopes said: «We are ready to sign today.\nThe talks resume.';
    const p = problems(text).find((x) => x.code === 'unbalanced-quote')!;
    const fix = p.fixes[0];
    assert.equal(fix.newText, '»');
    assert.equal(fix.start, text.indexOf('\n'));
  });

  it('offers to name each person an ambiguous pronoun could mean', () => {
    const text = 'Trade Minister Ana Lopes met Finance Minister Rui Costa. We are close to a deal, he said.';
    const p = problems(text)[0];
    assert.equal(text.slice(p.start, p.end), 'he');
    assert.deepEqual(p.fixes.map((f) => f.newText).sort(), ['Costa', 'Lopes']);
  });

  it('takes severities per code and "off" disables a check', () => {
    const text = '“Nobody will sign this week.”\nThe talks resume on Monday.';
    assert.equal(problems(text, { 'unattributed-quote': 'error' })[0].severity, 'error');
    assert.deepEqual(problems(text, { 'unattributed-quote': 'off' }), []);
  });
});
