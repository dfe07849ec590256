// The analysis options every caller of `analyze()` builds the same way: the editor and the CLI.
// No `vscode` import: the CLI uses this too.
import { markdownCodeRanges, markdownLinkRanges, type AnalyzeOptions, type Roster } from '../analysis/index';

/** The language of a file, by its extension, among the ones Stance Lens treats differently. */
export function languageOfPath(path: string): string {
  if (/\.(?:md|markdown|mdown|mkd)$/i.test(path)) return 'markdown';
  if (/\.news$/i.test(path)) return 'news';
  return 'plaintext';
}

/** Options for analysing `text` of a language: markdown code and link syntax are left out; the roster, when there is one. */
export function analysisOptions(text: string, languageId: string, roster?: Roster): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (languageId === 'markdown') options.exclude = [...markdownCodeRanges(text), ...markdownLinkRanges(text)];
  if (roster) options.roster = roster;
  return options;
}
