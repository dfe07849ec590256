import * as vscode from 'vscode';
import type { SpeakerStance, Stance } from '../analysis/index';

// Stance has a look of its own, never the language of problems: no error/warning icons, no squiggles.

/** The codicon of each stance where only codicons can be drawn (hover text, quick picks). */
export const STANCE_ICON: Readonly<Record<Stance, string>> = { supportive: 'thumbsup', critical: 'thumbsdown', cautious: 'eye', neutral: 'circle-outline' };
/** The codicon of a speaker's overall stance (mixed: their quotes split). */
export const SPEAKER_ICON: Readonly<Record<SpeakerStance, string>> = { ...STANCE_ICON, mixed: 'arrow-swap' };
/** The underline of each stance: a different line per stance (so colour is never the only cue), none of them wavy. */
export const STANCE_UNDERLINE: Readonly<Record<Stance, string>> = { supportive: 'solid', critical: 'double', cautious: 'dashed', neutral: 'dotted' };

/** Stance Lens's own icon of a stance (a speech bubble marked +, −, ~ or =), in `media/`. */
export const stanceIconPath = (extensionUri: vscode.Uri, stance: Stance): vscode.Uri => vscode.Uri.joinPath(extensionUri, 'media', `stance-${stance}.svg`);
/** The icon of a speaker's overall stance: the stance's own icon, or a codicon for a mixed one. */
export const speakerIcon = (extensionUri: vscode.Uri, s: SpeakerStance): vscode.Uri | vscode.ThemeIcon =>
  s === 'mixed' ? new vscode.ThemeIcon(SPEAKER_ICON.mixed, new vscode.ThemeColor(speakerColour(s))) : stanceIconPath(extensionUri, s);
/** The theme colour of a speaker's overall stance (mixed takes the neutral one). */
export const speakerColour = (s: SpeakerStance): string => `stanceLens.${s === 'mixed' ? 'neutral' : s}Foreground`;

/** What kind of evidence a stance feature is, in a reader's words (see `StanceCue.feature`). */
export function featureLabel(feature: string | undefined): string {
  if (!feature) return '';
  const [kind, detail] = feature.split(':');
  if (kind === 'verb') return "writer's verb";
  if (kind === 'framing') return "writer's framing";
  if (kind === 'extra') return 'roster word';
  if (kind === 'speaker') return 'same speaker';
  // "context:rejection", "context:valence:negative": the writer's words around the quote.
  if (kind === 'context') return `writer's words: ${featureLabel(feature.slice(kind.length + 1))}`;
  if (kind === 'valence') return `${detail} word`;
  // ("pathetic for them to demand a seat at the table": scorn for another's demand to be included.)
  if (detail === 'dismissed') return `${kind} demanded by others, dismissed`;
  return detail === 'negated' ? `${kind}, negated` : kind;
}
