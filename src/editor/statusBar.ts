import * as vscode from 'vscode';
import { countByStance, STANCE_LABELS, STANCES, type Analysis } from '../analysis/index';
import { STANCE_ICON } from './look';

/** The status bar text for an analysis: quote count, then counts by stance with their icons. */
export function statusText(a: Analysis, showNeutral: boolean): string {
  const counts = countByStance(a.quotes);
  const shown = STANCES.filter((s) => counts[s] > 0 && (s !== 'neutral' || showNeutral));
  return `$(quote) ${a.quotes.length} ${shown.map((s) => `$(${STANCE_ICON[s]}) ${counts[s]}`).join(' ')}`.trim();
}

/** The status bar item: quote counts by stance for the active document; a click picks a speaker. */
export class StanceStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('stanceLens.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Stance Lens';
    this.item.command = 'stanceLens.pickSpeaker';
  }

  /** Shows the counts of `analysis`, or hides the item when there is none. */
  update(analysis: Analysis | null, showNeutral: boolean): void {
    if (!analysis) { this.item.hide(); return; }
    const counts = countByStance(analysis.quotes);
    this.item.text = statusText(analysis, showNeutral);
    this.item.tooltip = `Stance Lens: ${analysis.quotes.length} quotes — ${STANCES.map((s) => `${counts[s]} ${STANCE_LABELS[s].toLowerCase()}`).join(', ')}. Click to pick a speaker.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
