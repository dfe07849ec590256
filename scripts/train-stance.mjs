#!/usr/bin/env node
// Fits the stance model: a multinomial logistic regression over the stance stage's features,
// trained on the gold dev corpus, cross-validated by article (no article is ever scored by weights
// fitted on it), calibrated by temperature on the held-out predictions, and written to
// src/analysis/4-stance/weights.json. Run after `npm run build` (it reads dist/stages.js):
//   node scripts/train-stance.mjs [CORPUS_DIR] [--folds K] [--lambda L] [--repeats R] [--dry-run]
// With R > 1 the cross-validation is repeated over R different deals of articles to folds and the
// mean and spread of its figures are reported too: one deal's figure moves by a few quotes.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const corpus = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--')) ?? join(root, '../shared/corpus/dev');
const FOLDS = opt('--folds', 6);
const LAMBDA = opt('--lambda', 3);
const REPEATS = opt('--repeats', 1);
/** A feature must fire in at least this many articles to be kept: no feature of one article. */
const MIN_ARTICLES = 3;
const CLASSES = ['supportive', 'critical', 'cautious', 'neutral'];
const { analyzeWithFeatures, speakerPriors, SPEAKER_PRIOR_BELOW, SPEAKER_PRIOR_WEIGHT } = require(join(root, 'dist/stages.js'));
/** What each feature is expected to push toward before any data (stance.lexicon.json "priors"). */
const PRIORS = JSON.parse(readFileSync(join(root, 'src/analysis/4-stance/stance.lexicon.json'), 'utf8')).priors;
/** A prior as weights per class, centred (a feature's weights sum to zero over the classes). */
const priorWeights = (name) => {
  const w = CLASSES.map((c) => PRIORS[name]?.[c] ?? 0);
  const mean = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((v) => v - mean);
};

// 1. Examples: the engine's quotes matched to gold quotes as the scorer matches them.
function examples() {
  const out = [];
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(corpus, f), 'utf8'));
    const used = new Set();
    const gold = doc.quotes.map((q) => {
      let at = doc.text.indexOf(q.quote);
      while (used.has(at)) at = doc.text.indexOf(q.quote, at + 1);
      used.add(at);
      return { ...q, start: at, end: at + q.quote.length };
    });
    const { analysis, features } = analyzeWithFeatures(doc.text);
    const pairs = [];
    gold.forEach((g, gi) => analysis.quotes.forEach((p, pi) => {
      const o = Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start));
      const shorter = Math.min(g.end - g.start, p.end - p.start);
      if (shorter > 0 && o >= shorter / 2) pairs.push([o, gi, pi]);
    }));
    pairs.sort((a, b) => b[0] - a[0]);
    const gm = new Set();
    const pm = new Set();
    for (const [, gi, pi] of pairs) {
      if (gm.has(gi) || pm.has(pi)) continue;
      gm.add(gi);
      pm.add(pi);
      out.push({ article: f, speaker: analysis.quotes[pi].speaker, x: features[pi], y: CLASSES.indexOf(gold[gi].stance), alt: CLASSES.indexOf(gold[gi].stance_alt ?? '') });
    }
  }
  return out;
}

// 2. The model: softmax regression, full-batch gradient descent with an L2 pull toward the priors,
// classes weighted so that
// each label counts alike (the scorer's macro-F1 weighs them alike).
function fit(rows, names) {
  const K = CLASSES.length;
  const D = names.length;
  const idx = new Map(names.map((n, i) => [n, i]));
  const X = rows.map((r) => Object.entries(r.x).filter(([n]) => idx.has(n)).map(([n, v]) => [idx.get(n), v]));
  const counts = CLASSES.map((_, k) => rows.filter((r) => r.y === k).length || 1);
  const cw = counts.map((c) => rows.length / (K * c));
  const W0 = Array.from({ length: K }, (_, k) => Float64Array.from(names, (n) => priorWeights(n)[k]));
  const W = W0.map((w) => Float64Array.from(w));
  const b = new Float64Array(K);
  const mW = Array.from({ length: K }, () => new Float64Array(D));
  const vW = Array.from({ length: K }, () => new Float64Array(D));
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const lr = 0.05;
  for (let step = 1; step <= 1500; step++) {
    const gW = Array.from({ length: K }, () => new Float64Array(D));
    const gb = new Float64Array(K);
    let wsum = 0;
    X.forEach((x, n) => {
      const p = softmax(x, W, b);
      const w = cw[rows[n].y];
      wsum += w;
      for (let k = 0; k < K; k++) {
        const g = w * (p[k] - (k === rows[n].y ? 1 : 0));
        gb[k] += g;
        for (const [i, v] of x) gW[k][i] += g * v;
      }
    });
    // Adam on the weighted mean loss plus L2 (not on the biases).
    const t1 = 1 - 0.9 ** step;
    const t2 = 1 - 0.999 ** step;
    for (let k = 0; k < K; k++) {
      for (let i = 0; i < D; i++) {
        const g = gW[k][i] / wsum + (LAMBDA * (W[k][i] - W0[k][i])) / rows.length * 10;
        mW[k][i] = 0.9 * mW[k][i] + 0.1 * g;
        vW[k][i] = 0.999 * vW[k][i] + 0.001 * g * g;
        W[k][i] -= (lr * (mW[k][i] / t1)) / (Math.sqrt(vW[k][i] / t2) + 1e-8);
      }
      const g = gb[k] / wsum;
      mb[k] = 0.9 * mb[k] + 0.1 * g;
      vb[k] = 0.999 * vb[k] + 0.001 * g * g;
      b[k] -= (lr * (mb[k] / t1)) / (Math.sqrt(vb[k] / t2) + 1e-8);
    }
  }
  return { names, idx, W, b };
}

function softmax(x, W, b, T = 1) {
  const z = b.map((bk, k) => x.reduce((s, [i, v]) => s + W[k][i] * v, bk) / T);
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, c) => a + c, 0);
  return e.map((v) => v / s);
}

const vectorOf = (model, r) => Object.entries(r.x).filter(([n]) => model.idx.has(n)).map(([n, v]) => [model.idx.get(n), v]);
const featureNames = (rows) => {
  const seen = new Map();
  for (const r of rows) for (const n of Object.keys(r.x)) (seen.get(n) ?? seen.set(n, new Set()).get(n)).add(r.article);
  // A feature with a prior is knowledge, kept however rarely it fires, even never in this corpus (its
  // weights stay at the prior: "verb:caution" still means caution on text that has it); others must recur.
  const recurring = [...seen].filter(([, arts]) => arts.size >= MIN_ARTICLES).map(([n]) => n);
  return [...new Set([...recurring, ...Object.keys(PRIORS)])].sort();
};

// 3. Scores as the scorer computes them: accuracy with the second label, macro-F1, confusion.
function score(rows, preds) {
  const conf = CLASSES.map(() => CLASSES.map(() => 0));
  let ok = 0;
  rows.forEach((r, n) => {
    const p = preds[n];
    const right = p === r.y || p === r.alt;
    if (right) ok++;
    conf[right ? p : r.y][p]++;
  });
  const f1 = CLASSES.map((_, k) => {
    const tp = conf[k][k];
    const fp = conf.reduce((s, row, g) => s + (g !== k ? row[k] : 0), 0);
    const fn = conf[k].reduce((s, c, p) => s + (p !== k ? c : 0), 0);
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  return { accuracy: ok / rows.length, macroF1: f1.reduce((a, c) => a + c, 0) / f1.length, confusion: conf };
}

const rows = examples();
const articles = [...new Set(rows.map((r) => r.article))];
// Folds by article, dealt in a fixed shuffled order so that neighbouring (same-topic) files split;
// repeat r > 0 deals them in another order.
const dealt = (r) => {
  const order = articles.map((a, i) => [a, r === 0 ? (i * 7919) % 104729 : hash(`${r}:${a}`)]).sort((p, q) => p[1] - q[1]).map(([a]) => a);
  return new Map(order.map((a, i) => [a, i % FOLDS]));
};
/** A string's FNV-1a hash, for dealing articles to folds in a repeatable order. */
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}
/** Held-out predictions and probabilities of every row, the folds dealt as `foldOf` says. */
function crossValidate(foldOf) {
  const held = new Array(rows.length);
  const heldProbs = new Array(rows.length);
  for (let f = 0; f < FOLDS; f++) {
    const train = rows.filter((r) => foldOf.get(r.article) !== f);
    const model = fit(train, featureNames(train));
    rows.forEach((r, n) => {
      if (foldOf.get(r.article) !== f) return;
      const p = softmax(vectorOf(model, r), model.W, model.b);
      heldProbs[n] = p;
      held[n] = p.indexOf(Math.max(...p));
    });
  }
  return { held, heldProbs };
}
const { held, heldProbs } = crossValidate(dealt(0));
const cv = score(rows, held);
const repeats = [cv];
const repeatedProbs = [heldProbs];
for (let r = 1; r < REPEATS; r++) {
  const again = crossValidate(dealt(r));
  repeats.push(score(rows, again.held));
  repeatedProbs.push(again.heldProbs);
}
const meanSd = (xs) => {
  const mean = xs.reduce((a, v) => a + v, 0) / xs.length;
  return { mean, sd: Math.sqrt(xs.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, xs.length - 1)) };
};
const repeatedAccuracy = meanSd(repeats.map((x) => x.accuracy));
const repeatedMacroF1 = meanSd(repeats.map((x) => x.macroF1));
// Temperature that makes the held-out probabilities honest (lowest negative log-likelihood).
let bestT = 1;
let bestNll = Infinity;
for (let T = 0.5; T <= 3.001; T += 0.05) {
  const nll = rows.reduce((s, r, n) => {
    const z = heldProbs[n].map((p) => Math.log(p) / T);
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((a, v) => a + Math.exp(v - m), 0));
    return s - (z[r.y] - lse);
  }, 0);
  if (nll < bestNll) { bestNll = nll; bestT = Math.round(T * 100) / 100; }
}
// 4. The speaker prior the engine applies after the model (analysis.ts): an uncertain quote weighed
// against the same speaker's other quotes in the article, on calibrated held-out probabilities.
const calibrated = (p) => {
  const z = p.map((v) => Math.log(v) / bestT);
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, v) => a + v, 0);
  return Object.fromEntries(CLASSES.map((c, i) => [c, e[i] / sum]));
};
function priorPredictions(probs, below, weight) {
  const p = probs.map(calibrated);
  const preds = p.map((x) => CLASSES.indexOf(CLASSES.reduce((a, b) => (x[b] > x[a] ? b : a))));
  // (The engine's own pass, a speaker known by article and name.)
  const tipped = speakerPriors(rows.map((_, n) => n), (n) => (rows[n].speaker ? `${rows[n].article}\u0000${rows[n].speaker}` : null), (n) => p[n], below, weight);
  for (const [n, r] of tipped) preds[n] = CLASSES.indexOf(r.stance);
  return preds;
}
const priorScores = (below, weight) => repeatedProbs.map((probs) => score(rows, priorPredictions(probs, below, weight)));
const withPrior = priorScores(SPEAKER_PRIOR_BELOW, SPEAKER_PRIOR_WEIGHT);
const priorAccuracy = meanSd(withPrior.map((x) => x.accuracy));
const priorMacroF1 = meanSd(withPrior.map((x) => x.macroF1));
if (args.includes('--prior-grid')) {
  for (const below of [0.4, 0.5, 0.6, 1.01]) for (const weight of [0.25, 0.5, 0.75, 1, 1.5]) {
    const s = priorScores(below, weight);
    console.log(`speaker prior below ${below} weight ${weight}: accuracy ${meanSd(s.map((x) => x.accuracy)).mean.toFixed(4)} macro-F1 ${meanSd(s.map((x) => x.macroF1)).mean.toFixed(4)}`);
  }
}
// Reliability of the calibrated held-out confidence: how often the label is right in each band.
const bands = [0, 0.4, 0.5, 0.6, 0.7, 1.01].map((lo, i, all) => ({ lo, hi: all[i + 1] })).slice(0, -1);
const reliability = bands.map(({ lo, hi }) => {
  let n = 0;
  let right = 0;
  let conf = 0;
  rows.forEach((r, k) => {
    const c = Math.max(...Object.values(calibrated(heldProbs[k])));
    if (c < lo || c >= hi) return;
    n++;
    conf += c;
    if (held[k] === r.y || held[k] === r.alt) right++;
  });
  return { band: `${lo.toFixed(1)}-${Math.min(hi, 1).toFixed(1)}`, quotes: n, meanConfidence: n ? Math.round((conf / n) * 1000) / 1000 : null, accuracy: n ? Math.round((right / n) * 1000) / 1000 : null };
});
const final = fit(rows, featureNames(rows));
const train = score(rows, rows.map((r) => { const p = softmax(vectorOf(final, r), final.W, final.b); return p.indexOf(Math.max(...p)); }));
const round = (v) => Math.round(v * 1e4) / 1e4;
const out = {
  $comment: `Fitted by scripts/train-stance.mjs on ${rows.length} quotes of ${articles.length} articles; weights divided by the held-out temperature ${bestT}. Cross-validated by article (${FOLDS} folds): accuracy ${cv.accuracy.toFixed(3)}, macro-F1 ${cv.macroF1.toFixed(3)}.`,
  classes: CLASSES,
  features: final.names,
  weights: final.W.map((w) => [...w].map((v) => round(v / bestT))),
  bias: [...final.b].map((v) => round(v / bestT)),
  crossValidation: {
    folds: FOLDS, lambda: LAMBDA, accuracy: round(cv.accuracy), macroF1: round(cv.macroF1), confusion: cv.confusion, temperature: bestT, reliability,
    speakerPrior: { below: SPEAKER_PRIOR_BELOW, weight: SPEAKER_PRIOR_WEIGHT, accuracy: round(priorAccuracy.mean), macroF1: round(priorMacroF1.mean) },
    ...(REPEATS > 1 && { repeated: { repeats: REPEATS, accuracy: round(repeatedAccuracy.mean), accuracySd: round(repeatedAccuracy.sd), macroF1: round(repeatedMacroF1.mean), macroF1Sd: round(repeatedMacroF1.sd) } }),
  },
};
console.log(`examples ${rows.length} from ${articles.length} articles; features ${final.names.length}`);
console.log(`cross-validated by article (${FOLDS} folds, lambda ${LAMBDA}): accuracy ${cv.accuracy.toFixed(3)} macro-F1 ${cv.macroF1.toFixed(3)}; temperature ${bestT}`);
if (REPEATS > 1) console.log(`repeated over ${REPEATS} deals of articles to folds: accuracy ${repeatedAccuracy.mean.toFixed(3)} ± ${repeatedAccuracy.sd.toFixed(3)}, macro-F1 ${repeatedMacroF1.mean.toFixed(3)} ± ${repeatedMacroF1.sd.toFixed(3)}`);
console.log(`with the speaker prior (below ${SPEAKER_PRIOR_BELOW}, weight ${SPEAKER_PRIOR_WEIGHT}; what the engine reports)${REPEATS > 1 ? `, over ${REPEATS} deals` : ''}: accuracy ${priorAccuracy.mean.toFixed(3)} ± ${priorAccuracy.sd.toFixed(3)}, macro-F1 ${priorMacroF1.mean.toFixed(3)} ± ${priorMacroF1.sd.toFixed(3)}`);
console.log('confusion (rows gold, cols predicted: ' + CLASSES.join(' ') + ')');
const printConfusion = (conf) => conf.forEach((row, g) => console.log('  ' + CLASSES[g].padEnd(10) + row.map((c) => String(c).padStart(5)).join('')));
printConfusion(cv.confusion);
console.log('with the speaker prior, first deal:');
printConfusion(withPrior[0].confusion);
console.log('held-out confidence → accuracy: ' + reliability.map((b) => `${b.band}: ${b.accuracy ?? '-'} (${b.quotes})`).join(', '));
console.log(`training fit (not a measure of anything unseen): accuracy ${train.accuracy.toFixed(3)} macro-F1 ${train.macroF1.toFixed(3)}`);
if (!args.includes('--dry-run')) {
  writeFileSync(join(root, 'src/analysis/4-stance/weights.json'), JSON.stringify(out) + '\n');
  console.log('wrote src/analysis/4-stance/weights.json');
}
