import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPeoplePlural } from '../../src/analysis/words/words';

// The word lists extracted from maintained packages (scripts/extract-lexicons.mjs) must match the
// installed packages: a package update without a re-extraction fails here.
const stage = join(__dirname, '../../src/analysis/4-stance');
const read = (f: string) => JSON.parse(readFileSync(join(stage, f), 'utf8'));

describe('extracted lexicons', () => {
  it('match what vader-sentiment, hedges and compromise ship', async () => {
    const { extract } = await import('../../scripts/extract-lexicons.mjs');
    const fresh = await extract();
    assert.deepEqual(read('vader.lexicon.json'), fresh.vader);
    assert.deepEqual(read('hedges.lexicon.json'), fresh.hedges);
    assert.deepEqual(JSON.parse(readFileSync(join(__dirname, '../../src/analysis/3-speakers/demonyms.lexicon.json'), 'utf8')), fresh.demonyms);
    assert.deepEqual(JSON.parse(readFileSync(join(__dirname, '../../src/analysis/words/firstNames.lexicon.json'), 'utf8')), fresh.firstNames);
    assert.deepEqual(JSON.parse(readFileSync(join(__dirname, '../../src/analysis/words/actors.lexicon.json'), 'utf8')), fresh.actors);
    assert.deepEqual(JSON.parse(readFileSync(join(__dirname, '../../src/analysis/3-speakers/organisations.lexicon.json'), 'utf8')), fresh.organisations);
    assert.deepEqual(JSON.parse(readFileSync(join(__dirname, '../../src/analysis/words/places.lexicon.json'), 'utf8')), fresh.places);
    assert.deepEqual(JSON.parse(readFileSync(join(__dirname, '../../src/analysis/words/pastTenses.lexicon.json'), 'utf8')), fresh.pastTenses);
  });

  it('tell plural nouns for people from other plurals', () => {
    for (const w of ['farmers', 'activists', 'fishermen', 'forwarders', 'beekeepers', 'landlords']) assert.ok(isPeoplePlural(w), w);
    for (const w of ['offers', 'numbers', 'orders', 'talks', 'statements', 'covers']) assert.ok(!isPeoplePlural(w), w);
  });

  it('point compromise\'s demonyms to the country they name', () => {
    const { demonyms } = JSON.parse(readFileSync(join(__dirname, '../../src/analysis/3-speakers/demonyms.lexicon.json'), 'utf8'));
    assert.equal(demonyms.serbian, 'serbia');
    assert.equal(demonyms.scottish, 'scotland');
    assert.equal(demonyms.kenyan, 'kenya');
    assert.ok(!('serbians' in demonyms) && !('czeches' in demonyms), 'plurals are left out');
  });

  it('carry VADER valences on its -4..4 scale and its negation words', () => {
    const vader = read('vader.lexicon.json');
    assert.ok(Object.keys(vader.words).length > 7000);
    assert.ok(vader.words.betrayal < 0 && vader.words.hope > 0);
    assert.ok(vader.negations.includes('never'));
  });
});

/** Keys an object in JSON text repeats (JSON.parse keeps the last silently), as "path: key". */
function repeatedKeys(text: string): string[] {
  const out: string[] = [];
  const stack: Array<Set<string> | null> = [];
  const re = /"(?:[^"\\]|\\.)*"\s*:?|[{}[\]]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    if (t === '{') stack.push(new Set());
    else if (t === '[') stack.push(null);
    else if (t === '}' || t === ']') stack.pop();
    else if (t.endsWith(':')) {
      const keys = stack[stack.length - 1];
      const key = JSON.parse(t.slice(0, -1).trim());
      if (keys?.has(key)) out.push(key);
      keys?.add(key);
    }
  }
  return out;
}

describe('hand-kept lexicons', () => {
  const root = join(__dirname, '../../src/analysis');
  const files = ['2-candidates/candidates.lexicon.json', '3-speakers/speakers.lexicon.json', '4-stance/stance.lexicon.json', 'words/words.lexicon.json', '1-segment/segment.lexicon.json'];
  for (const f of files) {
    it(`${f} names no key twice (a second entry would silently replace the first)`, () => assert.deepEqual(repeatedKeys(readFileSync(join(root, f), 'utf8')), []));
  }
  it('the check finds a repeated key', () => assert.deepEqual(repeatedKeys('{"a": {"x": 1, "x": [2, {"x": 3}]}, "b": 1}'), ['x']));
  it('stance phrases are lower-case words, a "*" only at their end (it makes a prefix; anywhere else it would be matched literally), a comma only between words', () => {
    const { groups } = JSON.parse(readFileSync(join(root, '4-stance/stance.lexicon.json'), 'utf8')) as { groups: Record<string, string[]> };
    const bad = Object.values(groups).flat().filter((p) => !/^[a-z'’-]+(?:,? [a-z'’-]+)*\*?$/.test(p));
    assert.deepEqual(bad, []);
  });
});
