import * as vscode from 'vscode';
import { STANCES, type Analysis, type Stance } from '../analysis/index';
import { isCertain, type Settings } from './config';
import { stanceIconPath, STANCE_UNDERLINE } from './look';
import { toRange } from './ranges';

/** What the decorator last drew in one editor, by stance; read by tests and commands. */
export type DrawnRanges = Record<Stance | 'mention' | 'faint', vscode.Range[]>;

/**
 * Owns the decoration types (one per stance, plus the speaker-mention underline) and draws an
 * `Analysis` into editors. Types are created once per settings change, and disposed with it.
 */
export class StanceDecorator implements vscode.Disposable {
  private types = new Map<keyof DrawnRanges, vscode.TextEditorDecorationType>();
  private readonly drawn = new Map<string, DrawnRanges>();

  constructor(private readonly extensionUri: vscode.Uri, private settings: Settings) {
    this.createTypes();
  }

  /** Rebuilds the decoration types for new settings; callers redraw afterwards. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.disposeTypes();
    this.createTypes();
  }

  private createTypes(): void {
    const style = this.settings.decorationStyle;
    for (const stance of STANCES) {
      const colour = new vscode.ThemeColor(`stanceLens.${stance}Foreground`);
      const options: vscode.DecorationRenderOptions = {
        overviewRulerColor: colour,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        gutterIconPath: stanceIconPath(this.extensionUri, stance),
        gutterIconSize: '70%',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      };
      if (style === 'background') options.backgroundColor = new vscode.ThemeColor(`stanceLens.${stance}Background`);
      if (style === 'text') options.color = colour;
      if (style !== 'text') options.textDecoration = `underline ${STANCE_UNDERLINE[stance]} var(--vscode-stanceLens-${stance}Foreground)`;
      this.types.set(stance, vscode.window.createTextEditorDecorationType(options));
    }
    // Found, but neutral (while showNeutral is off) or uncertain: a faint dotted underline, so "found"
    // never looks like "missed", without colour, icon or ruler mark.
    this.types.set('faint', vscode.window.createTextEditorDecorationType({
      textDecoration: 'underline dotted var(--vscode-stanceLens-faintUnderline)',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
    this.types.set('mention', vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('stanceLens.mentionUnderline'),
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
  }

  /** Draws `analysis` into `editor` (or clears it when `analysis` is null). */
  apply(editor: vscode.TextEditor, analysis: Analysis | null): void {
    const ranges: DrawnRanges = { supportive: [], critical: [], cautious: [], neutral: [], faint: [], mention: [] };
    if (analysis && this.settings.enabled) {
      const doc = editor.document;
      for (const q of analysis.quotes) {
        const faint = (q.stance === 'neutral' && !this.settings.showNeutral) || !isCertain(q, this.settings);
        ranges[faint ? 'faint' : q.stance].push(toRange(doc, q.start, q.end));
        if (faint) continue;
        if (q.mention) ranges.mention.push(toRange(doc, q.mention.start, q.mention.end));
      }
    }
    for (const [key, type] of this.types) editor.setDecorations(type, ranges[key]);
    this.drawn.set(editor.document.uri.toString(), ranges);
  }

  /** What was last drawn for a document. */
  drawnFor(uri: vscode.Uri): DrawnRanges | undefined {
    return this.drawn.get(uri.toString());
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.drawn.delete(uri.toString());
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }

  dispose(): void {
    this.disposeTypes();
    this.drawn.clear();
  }
}
