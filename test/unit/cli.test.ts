import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/index';
import { renderText } from '../../src/cli';

const root = join(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const fixture = join(root, 'test/fixtures/sample-article.txt');
const run = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, env: { ...process.env, ...env } });

describe('cli (built dist/cli.js)', () => {
  before(function () {
    if (!existsSync(cli)) this.skip();
  });

  it('prints --json output equal to the stored snapshot', () => {
    const r = run(['analyze', fixture, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const snap = join(__dirname, '__snapshots__/sample-article.json');
    const actual = JSON.stringify(JSON.parse(r.stdout), null, 1) + '\n';
    if (process.env.UPDATE_SNAPSHOTS || !existsSync(snap)) writeFileSync(snap, actual);
    assert.equal(actual, readFileSync(snap, 'utf8'), 'output differs from the snapshot; re-run with UPDATE_SNAPSHOTS=1 if the change is intended');
  });

  it('reads standard input with "-"', () => {
    const r = run(['analyze', '-', '--json'], '“We are ready,” said envoy Rami Aziz.');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.quotes[0].speaker, 'Rami Aziz');
    assert.equal(out.quotes[0].text, 'We are ready,');
  });

  it('prints CRLF text without stray carriage returns, the speaker tag after the closing mark, and counts in the singular', () => {
    const r = run(['analyze', '-'], 'Hello.\r\n“We are ready,” said envoy Rami Aziz.\r\n', { NO_COLOR: '1' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!r.stdout.includes('\r') && !r.stdout.includes('�'));
    assert.match(r.stdout, /“\[We are ready,\]”⟨Rami Aziz · \w+⟩ said envoy/);
    assert.match(r.stdout, /^1 quote, 1 speaker$/m);
  });

  it('says so when a file has no quotes, instead of an empty table', () => {
    const r = run(['analyze', '-'], 'The talks resume on Monday.\n', { NO_COLOR: '1' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /No quotes found\./);
    assert.doesNotMatch(r.stdout, /Speaker\s+Role/);
  });

  it('reads UTF-16 text with a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-u16-'));
    const body = '“We are ready,” said envoy Rami Aziz.';
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    writeFileSync(join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body, 'utf16le').swap16()]));
    for (const f of ['le.txt', 'be.txt']) {
      const r = run(['analyze', join(dir, f), '--json']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).quotes[0].speaker, 'Rami Aziz');
    }
  });

  it('leaves out code in a markdown file, as the editor does, but reads the same words in a text file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-md-'));
    const body = 'Intro.\n\n```\n“We reject it,” said Ana Lopes.\n```\n\n“We welcome it,” said Omar Said.\n';
    writeFileSync(join(dir, 'draft.md'), body);
    writeFileSync(join(dir, 'draft.txt'), body);
    const quotes = (file: string) => JSON.parse(run(['analyze', join(dir, file), '--json']).stdout).quotes.map((q: { text: string }) => q.text);
    assert.deepEqual(quotes('draft.md'), ['We welcome it,']);
    assert.deepEqual(quotes('draft.txt'), ['We reject it,', 'We welcome it,']);
  });

  it('reads a markdown link\'s words and leaves out its target, as the editor does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-md-'));
    writeFileSync(join(dir, 'links.md'), 'Talks resumed.\n\n“We are close,” said [Ana Ruiz](https://example.com/ruiz), the union\'s chief negotiator.\n\n![Dockers at the gate](https://example.com/gate.jpg)\n');
    const quotes = JSON.parse(run(['analyze', join(dir, 'links.md'), '--json']).stdout).quotes;
    assert.deepEqual(quotes.map((q: { text: string; speaker: string; role: string }) => [q.text, q.speaker, q.role]), [['We are close,', 'Ana Ruiz', 'union\'s chief negotiator']]);
  });

  it('prints the article and a speaker table without colour when NO_COLOR is set or output is not a TTY', () => {
    const r = run(['analyze', fixture], undefined, { NO_COLOR: '1' });
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    assert.match(r.stdout, /⟨Elena Varga · supportive⟩/);
    assert.match(r.stdout, /^Speaker\s+Role\s+Quotes\s+Stance mix\s+Overall$/m);
    assert.match(r.stdout, /^Elena Varga\s+Norvian Foreign Minister\s+\d+/m);
  });

  it('lists a quote whose pronoun has no possible referent with speaker null in --json, and check reports it', () => {
    const text = 'Mayor Tom Reyes spoke to reporters. “We are close,” he said.\nThe offer is an insult, she said.\n';
    const quotes = JSON.parse(run(['analyze', '-', '--json'], text).stdout).quotes;
    const she = quotes.find((q: { text: string }) => q.text === 'The offer is an insult');
    assert.equal(she.speaker, null);
    assert.equal(she.mention.text, 'she');
    const r = run(['check', '-'], text);
    assert.match(r.stdout, /<stdin>:2:25: warning unattributed-quote “she” has no possible referent/);
  });

  it('in colour, ends with a legend of what each colour means', () => {
    const text = '“We will never accept this,” said Ana Lopes.\r\n';
    const coloured = renderText(text, analyze(text), true);
    assert.match(coloured, /Colours: .*supportive.* · .*critical.* · .*cautious.* · .*neutral/);
    assert.ok(!coloured.includes('\r'), 'no carriage returns reach the terminal');
    assert.doesNotMatch(renderText(text, analyze(text), false), /Colours:/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'stance-cli-'));
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, 'Ana Lopes said: “We will sign today.\nThe talks resume.\n“Nobody agrees.”\n');

  it('check prints file:line:col: severity code message and exits 1 on errors', () => {
    const r = run(['check', bad, fixture]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.includes(`${bad}:1:17: error unbalanced-quote This opening quotation mark is never closed, and the next paragraph does not continue the quote.`), r.stdout);
    assert.ok(lines.some((l) => l.startsWith(`${bad}:3:2: warning unattributed-quote`)), r.stdout);
    assert.match(r.stderr, /problems? \(1 error\) in 2 files/);
  });

  it('check exits 0 when there are only warnings or nothing', () => {
    assert.equal(run(['check', fixture]).status, 0);
  });

  it('report renders every format, for globs of files', () => {
    const md = run(['report', join(root, 'test/fixtures/*.txt')]);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /# Stance report: sample-article\.txt/);
    assert.match(md.stdout, /# Stance report: bench-extra\.txt/);
    const json = JSON.parse(run(['report', fixture, '--format', 'json']).stdout);
    assert.equal(json.title, 'sample-article.txt');
    assert.match(run(['report', fixture, '--format', 'csv']).stdout, /^speaker,role,quotes/);
    const out = join(dir, 'r.html');
    assert.equal(run(['report', fixture, '--format', 'html', '--out', out]).status, 0);
    assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
  });

  it('takes a roster and warns about a broken one without failing', () => {
    const roster = join(dir, 'roster.json');
    writeFileSync(roster, JSON.stringify({ people: [{ name: 'Elena Varga', stance: 'critical' }] }));
    const out = JSON.parse(run(['analyze', fixture, '--json', '--roster', roster]).stdout);
    assert.ok(out.quotes.filter((q: { speaker: string }) => q.speaker === 'Elena Varga').every((q: { stance: string }) => q.stance === 'critical'));
    writeFileSync(roster, '{ "people": [');
    const r = run(['analyze', fixture, '--json', '--roster', roster]);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /roster\.json:1:\d+: warning roster The roster is not valid JSON/);
  });

  const binary = join(dir, 'blob.bin');
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
  const errors: Array<[string, string[], RegExp]> = [
    ['a missing file', ['analyze', join(dir, 'nope.txt')], /no such file/],
    ['a directory', ['analyze', dir], /is a directory/],
    ['a binary file', ['analyze', binary], /binary file/],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['an unknown option', ['analyze', fixture, '--yaml'], /unknown option/],
    ['an unknown report format', ['report', fixture, '--format', 'pdf'], /unknown format pdf/],
    ['a glob that matches nothing', ['check', join(dir, '*.nothing')], /no files match/],
  ];
  for (const [name, args, message] of errors) {
    it(`rejects ${name} with one line and exit code 2`, () => {
      const r = run(args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.split('\n')[0], message);
      assert.match(r.stderr, /^stance-lens: /);
    });
  }
});
