/**
 * Where each capitalised word of a paragraph, and each run of two to four of them ("Elena Varga",
 * "Foreign Minister Elena Varga"), first occurs (offsets relative to the paragraph). One pass, so
 * looking up where a name is first given stays linear however many speakers there are.
 */
export function capitalisedRuns(text: string): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}’'-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}’'-]*)*/gu)) {
    const words: Array<[string, number]> = [];
    const re = /\S+/g;
    let w: RegExpExecArray | null;
    while ((w = re.exec(m[0]))) words.push([w[0].replace(/[’']s$/, ''), m.index! + w.index]);
    for (let i = 0; i < words.length; i++) {
      let key = '';
      for (let j = i; j < words.length && j < i + 4; j++) {
        key = j === i ? words[i][0] : `${key} ${words[j][0]}`;
        if (!first.has(key)) first.set(key, words[i][1]);
      }
    }
  }
  return first;
}
