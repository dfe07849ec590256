import * as vscode from 'vscode';
import { countByStance, STANCE_LABELS, STANCES, type Analysis } from '../analysis/index';
import { isCertain, type Settings } from './config';
import { STANCE_ICON } from './look';

/** The status bar text for an analysis: quote count, counts by stance with their icons, then the uncertain ones. */
export function statusText(a: Analysis, settings: Pick<Settings, 'showNeutral' | 'minConfidence'>): string {
  const certain = a.quotes.filter((q) => isCertain(q, settings));
  const counts = countByStance(certain);
  const shown = STANCES.filter((s) => counts[s] > 0 && (s !== 'neutral' || settings.showNeutral));
  const uncertain = a.quotes.length - certain.length;
  return `$(quote) ${a.quotes.length} ${shown.map((s) => `$(${STANCE_ICON[s]}) ${counts[s]}`).join(' ')}${uncertain ? ` $(question) ${uncertain}` : ''}`.replace(/ +/g, ' ').trim();
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
