import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

  it('prints the article and a speaker table without colour when NO_COLOR is set or output is not a TTY', () => {
    const r = run(['analyze', fixture], undefined, { NO_COLOR: '1' });
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    assert.match(r.stdout, /⟨Elena Varga · supportive⟩/);
    assert.match(r.stdout, /^Speaker\s+Role\s+Quotes\s+Stance mix\s+Overall$/m);
    assert.match(r.stdout, /^Elena Varga\s+Norvian Foreign Minister\s+\d+/m);
  });

  const dir = mkdtempSync(join(tmpdir(), 'stance-cli-'));
  const binary = join(dir, 'blob.bin');
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
  const errors: Array<[string, string[], RegExp]> = [
    ['a missing file', ['analyze', join(dir, 'nope.txt')], /no such file/],
    ['a directory', ['analyze', dir], /is a directory/],
    ['a binary file', ['analyze', binary], /binary file/],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['an unknown option', ['analyze', fixture, '--yaml'], /unknown option/],
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
