/** Most answers a per-word memo keeps before it starts afresh: a text repeats its words, and a long one must not grow it without end. */
export const KEPT_WORDS = 50_000;

/** `compute` for a word, remembered: each word is worked out once (up to `KEPT_WORDS` at a time). */
export function perWord<T>(compute: (w: string) => T): (w: string) => T {
  const known = new Map<string, T>();
  return (w) => {
    let v = known.get(w);
    if (v === undefined) {
      v = compute(w);
      if (known.size >= KEPT_WORDS) known.clear();
      known.set(w, v);
    }
    return v;
  };
}
