import * as vscode from 'vscode';
import { analyze, createIncrementalAnalyzer, type Analysis, type IncrementalAnalyzer } from '../analysis/index';
import { isAnalysable, type Settings } from './config';
import { analysisOptions } from './options';
import type { RosterWatcher } from './roster';
import { AnalysisScheduler } from './scheduler';

/** The analysis of one document version. */
interface Cached {
  /** The document itself: an untitled URI can be reused by a new document at version 1. */
  doc: vscode.TextDocument;
  version: number;
  analysis: Analysis;
  /** Only the visible part of a large document has been analysed so far. */
  partial?: boolean;
}

/** One analysis ready to show (or a document to clear, with `analysis` null). */
export interface Published {
  doc: vscode.TextDocument;
  version: number;
  analysis: Analysis | null;
  /** A preview of the visible part of a large document; the full result follows. */
  partial: boolean;
}

/** Documents larger than this are analysed in slices that yield to the event loop, visible part first. */
const SLICED_ABOVE = 200 * 1024;
/** Gives the thread back: `setImmediate` in Node's extension host, a macrotask in the web worker one. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => {
  if (typeof setImmediate === 'function') setImmediate(resolve);
  else setTimeout(resolve, 0);
});

/**
 * The analyses of open documents: one incremental analyzer and one debounced, generation-checked
 * run per document, a cache of the latest result, and an event when a result is ready to show.
 */
export class DocumentAnalyses implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly tooLargeNotified = new Set<string>();
  private readonly scheduler = new AnalysisScheduler<string>((key, generation) => this.run(key, generation));
  private readonly published = new vscode.EventEmitter<Published>();
  /** Fires when an analysis (or a clearing) is ready to draw. */
  readonly onDidPublish = this.published.event;

  constructor(private readonly settings: () => Settings, private readonly roster: RosterWatcher) {}

  /**
   * Runs the engine once on a made-up paragraph, so the first real document does not pay for
   * compiling the lexicons and warming up the JIT (about 100 ms) between opening and its colours.
   */
  warmUp(): void {
    analyze('"We welcome the talks, but no deal is possible without guarantees," Finance Minister Ana Lind said on Monday. '
      + 'Her deputy, Tom Berg, said he was cautious about the timetable and warned against concessions.');
  }

  /** The latest analysis of `doc` if it is of its current version (a preview counts). */
  current(doc: vscode.TextDocument): Analysis | null {
    const c = this.cache.get(doc.uri.toString());
    return c && c.doc === doc && c.version === doc.version ? c.analysis : null;
  }

  /** The latest complete analysis of `doc` if it is current (not a visible-part preview). */
  complete(doc: vscode.TextDocument): Analysis | null {
    const c = this.cache.get(doc.uri.toString());
    return c && c.doc === doc && c.version === doc.version && !c.partial ? c.analysis : null;
  }

  /** Schedules `doc` for analysis after `delayMs`, replacing any pending run. */
  request(doc: vscode.TextDocument, delayMs: number): void {
    if (!isAnalysable(doc, this.settings())) return;
    this.scheduler.schedule(doc.uri.toString(), delayMs);
  }

  /** Drops the cached analysis of `doc` (it is analysed afresh on the next request). */
  invalidate(doc: vscode.TextDocument): void {
    this.cache.delete(doc.uri.toString());
  }

  /** Drops every cached analysis and analyzer (settings or roster changed). */
  clear(): void {
    this.cache.clear();
    this.analyzers.clear();
  }

  /** Forgets a closed document. */
  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.scheduler.forget(key);
    this.cache.delete(key);
    this.analyzers.delete(key);
  }

  // Handles one scheduled run; a bad document is logged, never allowed to take the host down.
  private run(key: string, generation: number): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!doc || doc.isClosed) return;
    this.analyse(doc, generation).catch((e) => console.error('[stance-lens] analysis failed', e));
  }

  // Analyses (in slices for large documents), then publishes only if nothing newer was scheduled
  // and the document is still at the analysed version.
  private async analyse(doc: vscode.TextDocument, generation: number): Promise<void> {
    const key = doc.uri.toString();
    const version = doc.version;
    const settings = this.settings();
    const stale = (): boolean => !this.scheduler.isCurrent(key, generation) || doc.isClosed || doc.version !== version;
    if (!settings.enabled || !isAnalysable(doc, settings)) return this.publish(doc, version, null);
    const text = doc.getText();
    if (text.length > settings.maxDocumentSizeKb * 1024) return this.skipTooLarge(doc, version, settings);
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = createIncrementalAnalyzer()));
    const options = analysisOptions(text, doc.languageId, await this.roster.current());
    if (stale()) return;
    let analysis: Analysis | null;
    if (text.length > SLICED_ABOVE && this.cache.get(key)?.doc !== doc) {
      const priority = vscode.window.visibleTextEditors.filter((ed) => ed.document === doc)
        .flatMap((ed) => ed.visibleRanges.map((r) => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) })));
      analysis = await analyzer.analyzeInSlices(text, options, {
        priority,
        yieldTo: yieldToEventLoop,
        isCancelled: stale,
        onPartial: (partial) => { if (!stale()) this.publish(doc, version, partial, true); },
      });
    } else {
      analysis = analyzer.analyze(text, options);
    }
    if (!analysis || stale()) return;
    this.publish(doc, version, analysis);
  }

  // Says once per document that it is too large, and clears it.
  private skipTooLarge(doc: vscode.TextDocument, version: number, settings: Settings): void {
    const key = doc.uri.toString();
    if (!this.tooLargeNotified.has(key)) {
      this.tooLargeNotified.add(key);
      void vscode.window.showInformationMessage(
        `Stance Lens skipped ${vscode.workspace.asRelativePath(doc.uri)}: it is larger than stanceLens.maxDocumentSizeKb (${settings.maxDocumentSizeKb} KB).`);
    }
    this.publish(doc, version, null);
  }

  private publish(doc: vscode.TextDocument, version: number, analysis: Analysis | null, partial = false): void {
    const key = doc.uri.toString();
    if (analysis) this.cache.set(key, { doc, version, analysis, partial });
    else this.cache.delete(key);
    this.published.fire({ doc, version, analysis, partial });
  }

  dispose(): void {
    this.scheduler.dispose();
    this.published.dispose();
    this.cache.clear();
    this.analyzers.clear();
  }
}
