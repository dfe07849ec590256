import * as assert from 'node:assert/strict';
import { engine } from './engine';

describe('roster', () => {
  it('parses people and cue words', () => {
    const { roster, errors } = engine.parseRoster(JSON.stringify({ people: [{ name: 'Ana Lopes', aliases: ['Lopes'], role: 'Trade Minister', stance: 'cautious' }], cues: { critical: ['mirage'] } }));
    assert.deepEqual(errors, []);
    assert.equal(roster.people![0].role, 'Trade Minister');
    assert.deepEqual(roster.cues, { critical: ['mirage'] });
  });

  const broken: Array<[string, string, RegExp]> = [
    ['not JSON', '{ "people": [ }', /not valid JSON/],
    ['an array at the top', '[]', /must be a JSON object/],
    ['an unknown property', '{ "peeple": [] }', /Unknown property "peeple"/],
    ['a person without a name', '{ "people": [{ "role": "Minister" }] }', /needs a "name"/],
    ['a bad stance', '{ "people": [{ "name": "A B", "stance": "angry" }] }', /stance must be one of/],
    ['too large', JSON.stringify({ people: Array.from({ length: 9000 }, (_, i) => ({ name: `Person Number ${i}`, role: 'Deputy Assistant Under-Secretary' })) }), /larger than/],
  ];
  for (const [name, text, message] of broken) {
    it(`reports ${name} and never throws`, () => {
      const { errors } = engine.parseRoster(text);
      assert.ok(errors.length > 0);
      assert.match(errors[0].message, message);
    });
  }

  it('gives names, roles, aliases and stance overrides to the analysis', () => {
    const text = '“The plan is a mirage,” Lopes said.\n“We will see,” said Rui Costa.';
    const roster = { people: [{ name: 'Ana Lopes', aliases: ['Lopes'], role: 'Trade Minister' }, { name: 'Rui Costa', stance: 'supportive' as const }], cues: { critical: ['mirage'] } };
    const a = engine.analyze(text, { roster });
    assert.equal(a.quotes[0].speaker, 'Ana Lopes');
    assert.equal(a.quotes[0].role, 'Trade Minister');
    assert.equal(a.quotes[0].stance, 'critical');
    assert.equal(a.quotes[1].stance, 'supportive');
    assert.equal(a.quotes[1].stanceFromRoster, true);
    assert.equal(engine.analyze(text).quotes[0].speaker, 'Lopes');
  });
});

describe('report', () => {
  const text = '“It is a betrayal,” said activist Noor Ali. “It is a surrender,” she added.\n“We are confident of a deal,” said envoy Rami Aziz.';
  const data = engine.reportData('draft.txt', text, engine.analyze(text));

  it('counts quotes by stance and each speaker\'s share of quoted words', () => {
    assert.deepEqual(data.byStance, { supportive: 1, critical: 2, cautious: 0, neutral: 0 });
    assert.equal(data.speakers[0].name, 'Noor Ali');
    assert.ok(Math.abs(data.speakers.reduce((s, x) => s + x.share, 0) - 1) < 1e-9);
    assert.ok(data.positions.every((p) => p.at >= 0 && p.at < 1));
  });

  it('renders Markdown, CSV and HTML', () => {
    assert.match(engine.renderMarkdown(data), /\| Noor Ali \| activist \| 2 \|/);
    assert.match(engine.renderCsv(data), /^speaker,role,quotes/);
    const html = engine.renderHtml(data, { nonce: 'abc123' });
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'/);
    assert.match(html, /<svg role="img"/);
    assert.doesNotMatch(html, /<script/);
  });

  it('draws chart labels at text size, never scaled down with the panel, and shows whole names up to 34 characters', () => {
    const d = { ...data, speakers: [{ ...data.speakers[0], name: 'the regional water authority of X' }] };
    const html = engine.renderHtml(d, { nonce: 'n' });
    assert.match(html, /svg text \{[^}]*font-size: 13px/);
    assert.doesNotMatch(html, /svg\.chart \{[^}]*width: 100%/);
    assert.match(html, /class="scroll"><svg role="img" class="chart"/);
    assert.match(html, />the regional water authority of X</);
  });

  it('escapes document text in HTML', () => {
    const hostile = '“We are ready,” said Minister <script>alert(1)</script> Costa.';
    const d = engine.reportData('<b>x</b>', hostile, engine.analyze(hostile));
    const html = engine.renderHtml(d, { nonce: 'n' });
    assert.doesNotMatch(html, /<script>|<b>x/);
    assert.match(html, /&lt;b&gt;x/);
  });

  it('quotes CSV cells and defuses spreadsheet formulas', () => {
    const d = { ...data, speakers: [{ ...data.speakers[0], name: '=HYPERLINK("http://x")', role: 'a, "b"' }] };
    const csv = engine.renderCsv(d);
    assert.doesNotMatch(csv, /(^|,)=/m);
    assert.ok(csv.includes(`"'=HYPERLINK(""http://x"")","a, ""b"""`), csv);
  });
});
