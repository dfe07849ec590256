import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
    assert.deepEqual(JSON.parse(readFileSync(join(__dirname, '../../src/analysis/3-speakers/firstNames.lexicon.json'), 'utf8')), fresh.firstNames);
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
