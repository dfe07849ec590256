import * as vscode from 'vscode';
import { STANCE_LABELS, STANCES, type Analysis, type Stance } from '../analysis/index';
import { SPEAKER_ICON, STANCE_ICON } from './look';
import { toRange } from './ranges';
import type { ReportPanel } from './report';
import type { SourcesProvider } from './sources';

/** What the commands act on. */
export interface CommandContext {
  /** The current analysis of a document, if any. */
  analysisOf(doc: vscode.TextDocument): Analysis | null;
  /** Re-analyses a document now, dropping its cached result. */
  reanalyze(doc: vscode.TextDocument): void;
  sources: SourcesProvider;
  sourcesView: vscode.TreeView<unknown>;
  report: ReportPanel;
  /** Whether highlighting is on now. */
  enabled(): boolean;
}

/** The active editor and its analysis, or nulls. */
function active(ctx: CommandContext): { ed: vscode.TextEditor | null; a: Analysis | null } {
  const ed = vscode.window.activeTextEditor ?? null;
  return { ed, a: ed ? ctx.analysisOf(ed.document) : null };
}

/** Selects and reveals a range in an editor. */
function reveal(ed: vscode.TextEditor, range: vscode.Range, select = true): void {
  ed.selection = new vscode.Selection(range.start, select ? range.end : range.start);
  ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Moves the cursor to the next (1) or previous (-1) quote in the active editor. */
function jump(ctx: CommandContext, direction: 1 | -1): void {
  const { ed, a } = active(ctx);
  if (!ed || !a || !a.quotes.length) { void vscode.window.setStatusBarMessage('Stance Lens: no quotes in this document', 2000); return; }
  const at = ed.document.offsetAt(ed.selection.active);
  const sorted = [...a.quotes].sort((x, y) => x.start - y.start);
  const next = direction === 1 ? sorted.find((q) => q.start > at) ?? sorted[0] : [...sorted].reverse().find((q) => q.start < at) ?? sorted[sorted.length - 1];
  reveal(ed, toRange(ed.document, next.start, next.end), false);
}

/** Lets the user pick a speaker and reveals their first quote. */
async function pickSpeaker(ctx: CommandContext): Promise<void> {
  const { ed, a } = active(ctx);
  if (!ed || !a || !a.speakers.length) { void vscode.window.showInformationMessage('Stance Lens found no speakers in this document.'); return; }
  const items = a.speakers.map((s) => ({
    label: `$(${SPEAKER_ICON[s.stance]}) ${s.name}`,
    description: s.role ?? '',
    detail: `${s.quotes.length} quote${s.quotes.length === 1 ? '' : 's'} · ${STANCES.filter((x) => s.stanceCounts[x]).map((x) => `${s.stanceCounts[x]} ${STANCE_LABELS[x].toLowerCase()}`).join(', ')}`,
    speaker: s,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Speakers in this document', matchOnDescription: true });
  if (!picked) return;
  const q = a.quotes[picked.speaker.quotes[0]];
  reveal(ed, toRange(ed.document, q.start, q.end));
}

/** Filters the Sources view by stance (asking which when no stance is given). */
async function filterSources(ctx: CommandContext, stance?: Stance | 'all'): Promise<void> {
  const choice = stance ?? (await vscode.window.showQuickPick(
    [{ label: 'All stances', value: 'all' as const }, ...STANCES.map((s) => ({ label: `$(${STANCE_ICON[s]}) ${STANCE_LABELS[s]}`, value: s }))],
    { placeHolder: 'Show speakers and quotes of which stance?' }))?.value;
  if (!choice) return;
  ctx.sources.setFilter(choice === 'all' ? null : choice);
  ctx.sourcesView.description = choice === 'all' ? undefined : STANCE_LABELS[choice];
}

/** Opens the stance report of the active document. */
function showReport(ctx: CommandContext): void {
  const { ed, a } = active(ctx);
  if (!ed || !a) { void vscode.window.showInformationMessage('Stance Lens: open an analysed draft to see its stance report.'); return; }
  ctx.report.show(ed.document, a);
}

/** Opens a document and reveals a quote in it (from the Sources view). */
async function revealQuote(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  reveal(await vscode.window.showTextDocument(uri, { preserveFocus: false }), range);
}

/** Registers every command; each handler is a named function above. */
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('stanceLens.toggle', () =>
      vscode.workspace.getConfiguration('stanceLens').update('enabled', !ctx.enabled(), vscode.ConfigurationTarget.Global)),
    vscode.commands.registerCommand('stanceLens.nextQuote', () => jump(ctx, 1)),
    vscode.commands.registerCommand('stanceLens.previousQuote', () => jump(ctx, -1)),
    vscode.commands.registerCommand('stanceLens.pickSpeaker', () => pickSpeaker(ctx)),
    vscode.commands.registerCommand('stanceLens.filterSources', (stance?: Stance | 'all') => filterSources(ctx, stance)),
    vscode.commands.registerCommand('stanceLens.showReport', () => showReport(ctx)),
    vscode.commands.registerCommand('stanceLens.revealQuote', revealQuote),
    vscode.commands.registerCommand('stanceLens.reanalyze', () => {
      const ed = vscode.window.activeTextEditor;
      if (ed) ctx.reanalyze(ed.document);
    }),
  ];
}
