import * as vscode from 'vscode';
import { countByStance, STANCE_LABELS, STANCES, type Analysis } from '../analysis/index';
import { isCertain, type Settings } from './config';

/**
 * The status bar text for an analysis, in words, so it never reads as a count of problems:
 * "Stance: 3 supportive · 2 critical · 2 cautious · 4 uncertain" (stances the editor colours).
 */
export function statusText(a: Analysis, settings: Pick<Settings, 'showNeutral' | 'minConfidence'>): string {
  if (!a.quotes.length) return 'Stance: no quotes';
  const certain = a.quotes.filter((q) => isCertain(q, settings));
  const counts = countByStance(certain);
  const parts = STANCES.filter((s) => counts[s] > 0 && (s !== 'neutral' || settings.showNeutral)).map((s) => `${counts[s]} ${s}`);
  const uncertain = a.quotes.length - certain.length;
  if (uncertain) parts.push(`${uncertain} uncertain`);
  return `Stance: ${parts.length ? parts.join(' · ') : `${a.quotes.length} neutral`}`;
}

/** The status bar item: quote counts by stance for the active document; a click picks a speaker. */
export class StanceStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('stanceLens.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Stance Lens';
    this.item.command = 'stanceLens.pickSpeaker';
  }

  /** Shows the counts of `analysis`, or hides the item when there is none. */
  update(analysis: Analysis | null, settings: Pick<Settings, 'showNeutral' | 'minConfidence'>): void {
    if (!analysis) { this.item.hide(); return; }
    const counts = countByStance(analysis.quotes);
    this.item.text = statusText(analysis, settings);
    const uncertain = analysis.quotes.filter((q) => !isCertain(q, settings)).length;
    this.item.tooltip = `Stance Lens: ${analysis.quotes.length} quotes — ${STANCES.map((s) => `${counts[s]} ${STANCE_LABELS[s].toLowerCase()}`).join(', ')}${uncertain ? `; ${uncertain} of them uncertain (below stanceLens.minConfidence), not coloured` : ''}. Click to pick a speaker.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
