import { sentenceCandidates, sentenceSubject, type Candidate } from './attribution';
import { segment, type Segmentation } from './segment';
import { buildRegistry, parseMention, Registry, Resolver, type Entity } from './speakers';
import { addFramingVerb, compileLexicon, decide, defaultLexicon, framingIn, scoreWords, type StanceLexicon } from './stance';
import { STANCES, type Analysis, type AnalyzeOptions, type Mention, type QuoteFinding, type Speaker, type Stance } from './types';

export * from './types';
export { markdownCodeRanges } from './markdown';

/** Candidates of every sentence, in text order (the per-paragraph part of the work). */
export function findCandidates(text: string, seg: Segmentation): Candidate[] {
  return seg.sentences.flatMap((s) => sentenceCandidates(text, s));
}

const inside = (c: { start: number; end: number }, spans: { start: number; end: number }[]): boolean =>
  spans.some((x) => c.start < x.end && c.end > x.start);

/**
 * The document-wide passes: speakers, roles, pronouns and stance, over candidates already found.
 * Pure: the same inputs give the same `Analysis`.
 */
export function assemble(text: string, seg: Segmentation, candidates: Candidate[], options: AnalyzeOptions = {}): Analysis {
  const lex: StanceLexicon = options.extraCues ? compileLexicon(options.extraCues) : defaultLexicon();
  const registry = buildRegistry(text, seg.sentences);
  const resolver = new Resolver(registry, text);
  const exclude = options.exclude ?? [];

  // Writer's framing of a speaker in sentences of their own ("Rutte reacted cautiously").
  const framings = new Map<number, Array<{ paragraph: number; sentence: number; text: string; weights: Partial<Record<Stance, number>> }>>();

  const resolved: Array<{ c: Candidate; entity: Entity | null; mention: Mention | null }> = [];
  let lastParagraph = -1;
  const sourceCache = new Map<string, { entity: Entity | null; mention: Mention | null }>();
  let ci = 0;
  for (const s of seg.sentences) {
    const own: Candidate[] = [];
    while (ci < candidates.length && candidates[ci].start < s.end) own.push(candidates[ci++]);
    if (!own.length) {
      // "Brandt struck a guarded tone. ..., he said.": a named subject is who "he" means next.
      const subject = sentenceSubject(text, s);
      const p = subject.length ? parseMention(subject) : null;
      const last = p?.nameTokens[p.nameTokens.length - 1];
      const e = p?.type === 'name' && last ? registry.bySurnameKey(last.text.replace(/[’']s$/, '')) : undefined;
      if (e) resolver.note(e);
      continue;
    }
    for (const c of own) resolveOne(c);
  }

  function resolveOne(c: Candidate): void {
    if (inside(c, exclude)) return;
    let entity: Entity | null = null;
    let mention: Mention | null = null;
    if (c.cue?.source?.length) {
      const key = `${c.cue.source[0].start}:${c.cue.source[c.cue.source.length - 1].end}`;
      const hit = sourceCache.get(key);
      if (hit) ({ entity, mention } = hit);
      else {
        ({ entity, mention } = resolver.resolve(c.cue.source, c.cue.appositions));
        sourceCache.set(key, { entity, mention });
      }
      if (entity) resolver.note(entity);
    } else if (c.carried || c.cue) {
      // A quote with no cue of its own continues the previous speaker, if that was recent.
      if (lastParagraph >= c.sentence.paragraph - 1) entity = resolver.current;
      if (!entity) return;
    }
    lastParagraph = c.sentence.paragraph;
    if (!c.introduces) resolved.push({ c, entity, mention });
  }

  for (const s of seg.sentences) {
    const f = framingIn(text.slice(s.start, s.end).replace(/["“”«»][^"“”«»]*["“”«»]/g, (q) => ' '.repeat(q.length)));
    if (!f.length) continue;
    const subject = subjectEntity(text, s, registry, resolved);
    if (!subject) continue;
    const list = framings.get(subject.id) ?? [];
    for (const x of f) list.push({ paragraph: s.paragraph, sentence: s.start, ...x });
    framings.set(subject.id, list);
  }

  const quotes: QuoteFinding[] = resolved.map(({ c, entity, mention }) => {
    const words = text.slice(c.start, c.end);
    const score = scoreWords(words, c.start, lex);
    if (c.cue) addFramingVerb(score, c.cue.lemma, c.cue.verb.text);
    if (entity) {
      for (const fr of framings.get(entity.id) ?? []) {
        // The writer's framing colours the speaker's words nearby, but a quote's own cue verb
        // ("welcomed X but warned against Y") outranks framing in its own sentence.
        if (fr.paragraph < c.sentence.paragraph - 1 || fr.paragraph > c.sentence.paragraph || fr.sentence === c.sentence.start) continue;
        for (const [stance, w] of Object.entries(fr.weights) as Array<[Stance, number]>) {
          score.scores[stance] += w / 2;
          score.cues.push({ text: fr.text, stance });
        }
      }
    }
    const { stance, confidence } = decide(score);
    return {
      start: c.start,
      end: c.end,
      kind: c.kind,
      text: words,
      speaker: entity?.name ?? null,
      mention,
      role: entity ? Registry.role(entity) : null,
      cue: c.cue?.verb.text ?? null,
      stance,
      confidence,
      cues: score.cues.filter((x) => x.stance === stance),
      ...(c.continued ? { continued: true } : {}),
    };
  });

  return { quotes, speakers: speakersOf(quotes, resolved.map((r) => r.entity), registry) };
}

/** The entity a sentence is about: a registered name among its first words, outside quotations. */
function subjectEntity(text: string, s: { start: number; end: number }, reg: Registry, resolved: Array<{ entity: Entity | null; c: Candidate }>): Entity | null {
  const head = text.slice(s.start, Math.min(s.end, s.start + 80));
  for (const m of head.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
    const e = reg.bySurnameKey(m[0].replace(/[’']s$/, ''));
    if (e) return e;
  }
  const own = resolved.find((r) => r.c.start >= s.start && r.c.end <= s.end && r.entity);
  return own?.entity ?? null;
}

/** Groups quotes by speaker, with mentions and an overall stance (the most frequent non-neutral one). */
function speakersOf(quotes: QuoteFinding[], entities: Array<Entity | null>, reg: Registry): Speaker[] {
  const byId = new Map<number, Speaker>();
  quotes.forEach((q, i) => {
    const e = entities[i];
    if (!e) return;
    let sp = byId.get(e.id);
    if (!sp) {
      sp = { name: e.name, role: Registry.role(e), kind: e.kind, mentions: [], quotes: [], stance: 'neutral', stanceCounts: { supportive: 0, critical: 0, cautious: 0, neutral: 0 } };
      byId.set(e.id, sp);
    }
    sp.quotes.push(i);
    sp.stanceCounts[q.stance]++;
    if (q.mention && !sp.mentions.some((m) => m.start === q.mention!.start)) sp.mentions.push(q.mention);
  });
  for (const sp of byId.values()) {
    let best: Stance = 'neutral';
    for (const s of STANCES) if (s !== 'neutral' && sp.stanceCounts[s] > (best === 'neutral' ? 0 : sp.stanceCounts[best])) best = s;
    sp.stance = best;
  }
  void reg;
  return [...byId.values()];
}

/** Analyses a text: every quote with its speaker, role and stance, and the list of speakers. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const seg = segment(text);
  return assemble(text, seg, findCandidates(text, seg), options);
}
