import * as vscode from 'vscode';
import type { Analysis } from './analysis/index';
import { DocumentAnalyses, type Published } from './editor/analyses';
import { registerCommands } from './editor/commands';
import { isAnalysable, readSettings, type Settings } from './editor/config';
import { StanceDecorator, type DrawnRanges } from './editor/decorations';
import { AttributionDiagnostics, AttributionFixes } from './editor/diagnostics';
import { QuoteHoverProvider } from './editor/hover';
import { ReportPanel } from './editor/report';
import { RosterWatcher } from './editor/roster';
import { SourcesProvider } from './editor/sources';
import { StanceStatusBar, statusText } from './editor/statusBar';

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

/** Registers the editor layer: surfaces, providers, commands and one named handler per event. */
export function activate(context: vscode.ExtensionContext): StanceLensApi {
  let settings: Settings = readSettings();
  const roster = new RosterWatcher();
  const analyses = new DocumentAnalyses(() => settings, roster);
  const decorator = new StanceDecorator(context.extensionUri, settings);
  const status = new StanceStatusBar();
  const diagnostics = new AttributionDiagnostics();
  const sources = new SourcesProvider(context.extensionUri, () => settings);
  const sourcesView = vscode.window.createTreeView('stanceLens.sources', { treeDataProvider: sources, showCollapseAll: true });
  const report = new ReportPanel(context.extensionUri);
  const analyzed = new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>();
  const providers = new LanguageProviders(analyses, diagnostics, () => settings);

  // Handles a finished analysis: draw it, count it, check it, list it, report it.
  const onPublished = ({ doc, version, analysis, partial }: Published): void => {
    for (const ed of vscode.window.visibleTextEditors) if (ed.document === doc) decorator.apply(ed, analysis);
    updateStatus();
    if (partial) return;
    diagnostics.update(doc, analysis, settings.checks);
    if (vscode.window.activeTextEditor?.document === doc) sources.show(doc, analysis);
    if (analysis) report.refresh(doc, analysis);
    analyzed.fire({ uri: doc.uri, version });
  };

  // Handles editors becoming visible: draw what is cached, or analyse now.
  const onVisibleEditors = (editors: readonly vscode.TextEditor[]): void => {
    for (const ed of editors) {
      const a = analyses.current(ed.document);
      if (a || !settings.enabled) {
        decorator.apply(ed, settings.enabled ? a : null);
        analyzed.fire({ uri: ed.document.uri, version: ed.document.version });
      } else analyses.request(ed.document, 0);
    }
    updateStatus();
  };

  // Handles a switch of editor: the status bar and the Sources view follow it.
  const onActiveEditor = (ed: vscode.TextEditor | undefined): void => {
    updateStatus();
    sources.show(ed?.document ?? null, ed ? analyses.current(ed.document) : null);
  };

  // Handles an edit: re-analyse after the debounce.
  const onEdit = (e: vscode.TextDocumentChangeEvent): void => {
    if (e.contentChanges.length) analyses.request(e.document, settings.debounceMs);
  };

  // Handles a closed document: forget everything kept for it.
  const onClose = (doc: vscode.TextDocument): void => {
    analyses.forget(doc);
    decorator.forget(doc.uri);
    diagnostics.forget(doc.uri);
  };

  // Handles a changed roster: every visible document is analysed again.
  const onRosterChange = (): void => {
    analyses.clear();
    for (const ed of vscode.window.visibleTextEditors) analyses.request(ed.document, 0);
  };

  // Handles changed settings: new decoration types and providers, then everything redrawn.
  const onSettings = (e: vscode.ConfigurationChangeEvent): void => {
    if (!e.affectsConfiguration('stanceLens')) return;
    settings = readSettings();
    if (e.affectsConfiguration('stanceLens.languages')) providers.register(settings.languages);
    decorator.updateSettings(settings);
    analyses.clear();
    onVisibleEditors(vscode.window.visibleTextEditors);
  };

  function updateStatus(): void {
    const ed = vscode.window.activeTextEditor;
    status.update(settings.enabled && ed ? analyses.current(ed.document) : null, settings);
  }

  providers.register(settings.languages);
  context.subscriptions.push(
    roster, analyses, decorator, status, diagnostics, sources, sourcesView, report, analyzed, providers,
    analyses.onDidPublish(onPublished),
    vscode.workspace.onDidChangeTextDocument(onEdit),
    vscode.workspace.onDidCloseTextDocument(onClose),
    vscode.window.onDidChangeVisibleTextEditors(onVisibleEditors),
    vscode.window.onDidChangeActiveTextEditor(onActiveEditor),
    vscode.workspace.onDidChangeConfiguration(onSettings),
    roster.onDidChange(onRosterChange),
    ...registerCommands({
      analysisOf: (doc) => analyses.current(doc),
      reanalyze: (doc) => { analyses.invalidate(doc); analyses.request(doc, 0); },
      sources,
      sourcesView,
      report,
      enabled: () => settings.enabled,
    }),
  );
  onVisibleEditors(vscode.window.visibleTextEditors);
  // Activated with no draft to show yet (the Sources view, or a first document still opening):
  // warm the engine up in the meantime, unless an analysis is already on its way.
  if (!vscode.window.visibleTextEditors.some((ed) => isAnalysable(ed.document, settings))) setTimeout(() => analyses.warmUp(), 0);

  return {
    analysisOf: (uri) => {
      // (An untitled document closed a moment ago may still be listed under the URI a new one reuses:
      // the newest open one is meant.)
      const docs = vscode.workspace.textDocuments.filter((d) => d.uri.toString() === uri.toString() && !d.isClosed);
      const doc = docs[docs.length - 1];
      return doc ? analyses.complete(doc) : null;
    },
    drawnRanges: (uri) => decorator.drawnFor(uri),
    sources,
    report,
    onDidAnalyze: analyzed.event,
    statusText: () => {
      const ed = vscode.window.activeTextEditor;
      const a = settings.enabled && ed ? analyses.current(ed.document) : null;
      return a ? statusText(a, settings) : '';
    },
  };
}

/** The hover and quick-fix providers, registered for the analysed languages and again when they change. */
class LanguageProviders implements vscode.Disposable {
  private readonly hover: QuoteHoverProvider;
  private readonly fixes: AttributionFixes;
  private registered: vscode.Disposable | null = null;

  constructor(analyses: DocumentAnalyses, diagnostics: AttributionDiagnostics, settings: () => Settings) {
    this.hover = new QuoteHoverProvider((doc) => analyses.current(doc), settings);
    this.fixes = new AttributionFixes(diagnostics);
  }

  /** (Re-)registers both providers for plaintext, markdown and `languages`. */
  register(languages: string[]): void {
    this.registered?.dispose();
    const selector: vscode.DocumentSelector = [...new Set(['plaintext', 'markdown', ...languages])].map((language) => ({ language }));
    this.registered = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, this.hover),
      vscode.languages.registerCodeActionsProvider(selector, this.fixes, { providedCodeActionKinds: AttributionFixes.kinds }),
    );
  }

  dispose(): void {
    this.registered?.dispose();
  }
}

/** Nothing to do: everything is in `context.subscriptions`. */
export function deactivate(): void {}
