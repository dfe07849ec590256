import type { SpeakerStance, Stance } from '../analysis/index';

/** The theme icon of each stance, shared by hovers, pickers, views and the status bar. */
export const STANCE_ICON: Readonly<Record<Stance, string>> = { supportive: 'pass', critical: 'error', cautious: 'warning', neutral: 'circle-outline' };
/** The theme icon of a speaker's overall stance (mixed: their quotes split). */
export const SPEAKER_ICON: Readonly<Record<SpeakerStance, string>> = { ...STANCE_ICON, mixed: 'arrow-swap' };
/** The theme colour of a speaker's overall stance (mixed takes the neutral one). */
export const speakerColour = (s: SpeakerStance): string => `stanceLens.${s === 'mixed' ? 'neutral' : s}Foreground`;

/** What kind of evidence a stance feature is, in a reader's words (see `StanceCue.feature`). */
export function featureLabel(feature: string | undefined): string {
  if (!feature) return '';
  const [kind, detail] = feature.split(':');
  if (kind === 'verb') return "writer's verb";
  if (kind === 'framing') return "writer's framing";
  if (kind === 'extra') return 'roster word';
  if (kind === 'context') return `writer's words: ${detail}`;
  if (kind === 'valence') return `${detail} word`;
  return detail === 'negated' ? `${kind}, negated` : kind;
}
