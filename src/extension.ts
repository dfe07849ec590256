import * as vscode from 'vscode';
import { createIncrementalAnalyzer, markdownCodeRanges, STANCES, type Analysis, type IncrementalAnalyzer, type Stance } from './analysis/index';
import { isAnalysable, readSettings, type Settings } from './editor/config';
import { StanceDecorator, type DrawnRanges } from './editor/decorations';
import { AttributionDiagnostics, AttributionFixes } from './editor/diagnostics';
import { ReportPanel } from './editor/report';
import { RosterWatcher } from './editor/roster';
import { SourcesProvider } from './editor/sources';
import { QuoteHoverProvider, STANCE_ICON, STANCE_LABEL } from './editor/hover';
import { toRange } from './editor/ranges';
import { AnalysisScheduler } from './editor/scheduler';

/** The analysis of one document version. */
interface Cached {
  /** The document itself: an untitled URI can be reused by a new document at version 1. */
  doc: vscode.TextDocument;
  version: number;
  analysis: Analysis;
  /** Only the visible part of a large document has been analysed so far. */
  partial?: boolean;
}

/** Documents larger than this are analysed in slices that yield to the event loop, visible part first. */
const SLICED_ABOVE = 200 * 1024;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** What `activate` returns: read-only hooks for tests and other extensions. */
export interface StanceLensApi {
  /** The latest complete analysis of a document, if it is current (not a visible-part preview). */
  analysisOf(uri: vscode.Uri): Analysis | null;
  /** The ranges last drawn for a document, by stance. */
  drawnRanges(uri: vscode.Uri): DrawnRanges | undefined;
  /** Fires after a document's analysis was applied (or cleared). */
  onDidAnalyze: vscode.Event<{ uri: vscode.Uri; version: number }>;
  /** The status bar text for the active document. */
  statusText(): string;
  /** The Sources view's data provider. */
  sources: SourcesProvider;
  /** The stance report panel. */
  report: ReportPanel;
}

/** Wires the editor layer: events, providers, commands and the status bar. No analysis runs here. */
export function activate(context: vscode.ExtensionContext): StanceLensApi {
  let settings: Settings = readSettings();
  const cache = new Map<string, Cached>();
  const analyzers = new Map<string, IncrementalAnalyzer>();
  const tooLargeNotified = new Set<string>();
  const decorator = new StanceDecorator(context.extensionUri, settings);
  const analyzed = new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>();
  const status = vscode.window.createStatusBarItem('stanceLens.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Stance Lens';
  status.command = 'stanceLens.pickSpeaker';
  const diagnostics = new AttributionDiagnostics();
  const sources = new SourcesProvider();
  const sourcesView = vscode.window.createTreeView('stanceLens.sources', { treeDataProvider: sources, showCollapseAll: true });
  const report = new ReportPanel(context.extensionUri);
  const roster = new RosterWatcher();

  const docFor = (key: string): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  const current = (doc: vscode.TextDocument): Analysis | null => {
    const c = cache.get(doc.uri.toString());
    return c && c.doc === doc && c.version === doc.version ? c.analysis : null;
  };

  const scheduler = new AnalysisScheduler<string>((key, generation) => {
    const doc = docFor(key);
    if (!doc || doc.isClosed) return;
    // Never let a bad document take the extension host down; say so in the log.
    runAnalysis(doc, generation).catch((e) => console.error('[stance-lens] analysis failed', e));
  });

  // Draws an analysis into the document's visible editors and tells listeners.
  const publish = (doc: vscode.TextDocument, version: number, analysis: Analysis | null, partial = false): void => {
    const key = doc.uri.toString();
    if (analysis) cache.set(key, { doc, version, analysis, partial });
    else cache.delete(key);
    for (const ed of vscode.window.visibleTextEditors) if (ed.document === doc) decorator.apply(ed, analysis);
    updateStatus();
    if (partial) return;
    diagnostics.update(doc, analysis, settings.checks);
    if (vscode.window.activeTextEditor?.document === doc) sources.show(doc, analysis);
    if (analysis) report.refresh(doc, analysis);
    analyzed.fire({ uri: doc.uri, version });
  };

  // Handles one scheduled analysis: analyse (in slices for large documents), then publish only if
  // nothing newer was scheduled and the document is still at the analysed version.
  async function runAnalysis(doc: vscode.TextDocument, generation: number): Promise<void> {
    const key = doc.uri.toString();
    const version = doc.version;
    const stale = (): boolean => !scheduler.isCurrent(key, generation) || doc.isClosed || doc.version !== version;
    if (!settings.enabled || !isAnalysable(doc, settings)) return publish(doc, version, null);
    const text = doc.getText();
    if (text.length > settings.maxDocumentSizeKb * 1024) {
      if (!tooLargeNotified.has(key)) {
        tooLargeNotified.add(key);
        void vscode.window.showInformationMessage(
          `Stance Lens skipped ${vscode.workspace.asRelativePath(doc.uri)}: it is larger than stanceLens.maxDocumentSizeKb (${settings.maxDocumentSizeKb} KB).`);
      }
      return publish(doc, version, null);
    }
    let analyzer = analyzers.get(key);
    if (!analyzer) analyzers.set(key, (analyzer = createIncrementalAnalyzer()));
    const options = { exclude: doc.languageId === 'markdown' ? markdownCodeRanges(text) : undefined, roster: await roster.current() };
    if (stale()) return;
    let analysis: Analysis | null;
    if (text.length > SLICED_ABOVE && cache.get(key)?.doc !== doc) {
      const priority = vscode.window.visibleTextEditors.filter((ed) => ed.document === doc)
        .flatMap((ed) => ed.visibleRanges.map((r) => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) })));
      analysis = await analyzer.analyzeInSlices(text, options, {
        priority,
        yieldTo: yieldToEventLoop,
        isCancelled: stale,
        onPartial: (partial) => { if (!stale()) publish(doc, version, partial, true); },
      });
    } else {
      analysis = analyzer.analyze(text, options);
    }
    if (!analysis || stale()) return;
    publish(doc, version, analysis);
  }

  // Handles a document that needs (re)analysis.
  const request = (doc: vscode.TextDocument, delay: number): void => {
    if (!isAnalysable(doc, settings)) return;
    scheduler.schedule(doc.uri.toString(), delay);
  };

  // Handles editors becoming visible: draw what is cached, or analyse now.
  const showEditors = (editors: readonly vscode.TextEditor[]): void => {
    for (const ed of editors) {
      const a = current(ed.document);
      if (a || !settings.enabled) {
        decorator.apply(ed, settings.enabled ? a : null);
        analyzed.fire({ uri: ed.document.uri, version: ed.document.version });
      } else request(ed.document, 0);
    }
    updateStatus();
  };

  function statusText(): string {
    const ed = vscode.window.activeTextEditor;
    const a = ed ? current(ed.document) : null;
    if (!a) return '';
    const counts = STANCES.map((s) => [s, a.quotes.filter((q) => q.stance === s).length] as const).filter(([s, n]) => n > 0 && (s !== 'neutral' || settings.showNeutral));
    return `$(quote) ${a.quotes.length} ${counts.map(([s, n]) => `$(${STANCE_ICON[s]}) ${n}`).join(' ')}`.trim();
  }

  function updateStatus(): void {
    const text = settings.enabled ? statusText() : '';
    if (!text) { status.hide(); return; }
    const ed = vscode.window.activeTextEditor!;
    const a = current(ed.document)!;
    status.text = text;
    status.tooltip = `Stance Lens: ${a.quotes.length} quotes — ${STANCES.map((s) => `${a.quotes.filter((q) => q.stance === s).length} ${STANCE_LABEL[s].toLowerCase()}`).join(', ')}. Click to pick a speaker.`;
    status.show();
  }

  // Moves the cursor to the next or previous quote in the active editor.
  const jump = (direction: 1 | -1): void => {
    const ed = vscode.window.activeTextEditor;
    const a = ed ? current(ed.document) : null;
    if (!ed || !a || !a.quotes.length) { void vscode.window.setStatusBarMessage('Stance Lens: no quotes in this document', 2000); return; }
    const at = ed.document.offsetAt(ed.selection.active);
    const sorted = [...a.quotes].sort((x, y) => x.start - y.start);
    const next = direction === 1 ? sorted.find((q) => q.start > at) ?? sorted[0] : [...sorted].reverse().find((q) => q.start < at) ?? sorted[sorted.length - 1];
    const r = toRange(ed.document, next.start, next.end);
    ed.selection = new vscode.Selection(r.start, r.start);
    ed.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  // Lets the user pick a speaker and reveals their first quote.
  const pickSpeaker = async (): Promise<void> => {
    const ed = vscode.window.activeTextEditor;
    const a = ed ? current(ed.document) : null;
    if (!ed || !a || !a.speakers.length) { void vscode.window.showInformationMessage('Stance Lens found no speakers in this document.'); return; }
    const items = a.speakers.map((s) => ({
      label: `$(${STANCE_ICON[s.stance]}) ${s.name}`,
      description: s.role ?? '',
      detail: `${s.quotes.length} quote${s.quotes.length === 1 ? '' : 's'} · ${STANCES.filter((x) => s.stanceCounts[x]).map((x) => `${s.stanceCounts[x]} ${STANCE_LABEL[x].toLowerCase()}`).join(', ')}`,
      speaker: s,
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Speakers in this document', matchOnDescription: true });
    if (!picked) return;
    const q = a.quotes[picked.speaker.quotes[0]];
    const r = toRange(ed.document, q.start, q.end);
    ed.selection = new vscode.Selection(r.start, r.end);
    ed.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  // Hover and quick fixes follow stanceLens.languages: re-registered when it changes.
  const hoverProvider = new QuoteHoverProvider(current);
  const fixProvider = new AttributionFixes(diagnostics);
  let providers: vscode.Disposable | null = null;
  const registerProviders = (): void => {
    providers?.dispose();
    const selector: vscode.DocumentSelector = [...new Set(['plaintext', 'markdown', ...settings.languages])].map((language) => ({ language }));
    providers = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, hoverProvider),
      vscode.languages.registerCodeActionsProvider(selector, fixProvider, { providedCodeActionKinds: AttributionFixes.kinds }),
    );
  };
  registerProviders();
  context.subscriptions.push(
    decorator, analyzed, status, diagnostics, sources, sourcesView, report, roster, { dispose: () => scheduler.dispose() },
    { dispose: () => providers?.dispose() },
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) request(e.document, settings.debounceMs); }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      scheduler.forget(key);
      cache.delete(key);
      analyzers.delete(key);
      decorator.forget(doc.uri);
      diagnostics.forget(doc.uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors(showEditors),
    vscode.window.onDidChangeActiveTextEditor((ed) => {
      updateStatus();
      sources.show(ed?.document ?? null, ed ? current(ed.document) : null);
    }),
    roster.onDidChange(() => {
      cache.clear();
      for (const ed of vscode.window.visibleTextEditors) request(ed.document, 0);
    }),
    vscode.commands.registerCommand('stanceLens.revealQuote', async (uri: vscode.Uri, range: vscode.Range) => {
      const ed = await vscode.window.showTextDocument(uri, { preserveFocus: false });
      ed.selection = new vscode.Selection(range.start, range.end);
      ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('stanceLens.filterSources', async (stance?: Stance | 'all') => {
      const choice = stance ?? (await vscode.window.showQuickPick(
        [{ label: 'All stances', value: 'all' as const }, ...STANCES.map((s) => ({ label: `$(${STANCE_ICON[s]}) ${STANCE_LABEL[s]}`, value: s }))],
        { placeHolder: 'Show speakers and quotes of which stance?' }))?.value;
      if (!choice) return;
      sources.setFilter(choice === 'all' ? null : choice);
      sourcesView.description = choice === 'all' ? undefined : STANCE_LABEL[choice];
    }),
    vscode.commands.registerCommand('stanceLens.showReport', () => {
      const ed = vscode.window.activeTextEditor;
      const a = ed ? current(ed.document) : null;
      if (!ed || !a) { void vscode.window.showInformationMessage('Stance Lens: open an analysed draft to see its stance report.'); return; }
      report.show(ed.document, a);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('stanceLens')) return;
      const languagesChanged = e.affectsConfiguration('stanceLens.languages');
      settings = readSettings();
      if (languagesChanged) registerProviders();
      decorator.updateSettings(settings);
      cache.clear();
      analyzers.clear();
      showEditors(vscode.window.visibleTextEditors);
    }),
    vscode.commands.registerCommand('stanceLens.toggle', async () => {
      await vscode.workspace.getConfiguration('stanceLens').update('enabled', !settings.enabled, vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('stanceLens.nextQuote', () => jump(1)),
    vscode.commands.registerCommand('stanceLens.previousQuote', () => jump(-1)),
    vscode.commands.registerCommand('stanceLens.pickSpeaker', pickSpeaker),
    vscode.commands.registerCommand('stanceLens.reanalyze', () => {
      const ed = vscode.window.activeTextEditor;
      if (ed) { cache.delete(ed.document.uri.toString()); request(ed.document, 0); }
    }),
  );
  showEditors(vscode.window.visibleTextEditors);

  return {
    analysisOf: (uri) => {
      const d = docFor(uri.toString());
      const c = d && cache.get(d.uri.toString());
      return c && c.doc === d && c.version === d.version && !c.partial ? c.analysis : null;
    },
    drawnRanges: (uri) => decorator.drawnFor(uri),
    sources,
    report,
    onDidAnalyze: analyzed.event,
    statusText,
  };
}

/** Nothing to do: everything is in `context.subscriptions`. */
export function deactivate(): void {}
