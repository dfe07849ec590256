import * as vscode from 'vscode';
import { SPEAKER_STANCE_LABELS, STANCE_LABELS, type Analysis, type QuoteFinding, type Speaker, type Stance } from '../analysis/index';
import { isCertain, type Settings } from './config';
import { escapeMarkdown } from './hover';
import { SPEAKER_ICON, speakerIcon, stanceIconPath } from './look';
import { toRange } from './ranges';

/** A node of the Sources view: a speaker, the unattributed group, or a quote. */
type Node =
  | { type: 'speaker'; speaker: Speaker }
  | { type: 'unattributed'; quotes: QuoteFinding[]; spans: Array<{ start: number; end: number }> }
  | { type: 'quote'; quote: { start: number; end: number; text: string; stance?: Stance; confidence?: number; stanceFromRoster?: boolean } };

const firstWords = (s: string): string => {
  const words = s.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
};

/** The Sources view: who speaks in the active document, with their quotes; filterable by stance. */
export class SourcesProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private doc: vscode.TextDocument | null = null;
  private analysis: Analysis | null = null;
  /** Only speakers with at least one quote of this stance (and only those quotes); null shows all. */
  filter: Stance | null = null;

  constructor(private readonly extensionUri: vscode.Uri, private readonly settings: () => Pick<Settings, 'minConfidence'>) {}

  /** Shows `analysis` of `doc` (or nothing). */
  show(doc: vscode.TextDocument | null, analysis: Analysis | null): void {
    this.doc = doc;
    this.analysis = analysis;
    this.changed.fire();
  }

  /** Sets the stance filter and redraws. */
  setFilter(stance: Stance | null): void {
    this.filter = stance;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const a = this.analysis;
    if (!a || !this.doc) return [];
    // A stance filter lists quotes of that stance the model is sure of, as the editor colours them.
    const keep = (q: QuoteFinding): boolean => !this.filter || (q.stance === this.filter && isCertain(q, this.settings()));
    if (!node) {
      const speakers: Node[] = a.speakers.filter((s) => s.quotes.some((i) => keep(a.quotes[i]))).map((speaker) => ({ type: 'speaker', speaker }));
      const lost = a.quotes.filter((q) => !q.speaker && keep(q));
      const spans = this.filter ? [] : a.unattributed;
      if (lost.length || spans.length) speakers.push({ type: 'unattributed', quotes: lost, spans });
      return speakers;
    }
    if (node.type === 'speaker') return node.speaker.quotes.map((i) => a.quotes[i]).filter(keep).map((quote) => ({ type: 'quote', quote }));
    if (node.type === 'unattributed') {
      return [...node.quotes, ...node.spans.map((s) => ({ ...s, text: this.doc!.getText(toRange(this.doc!, s.start, s.end)) }))]
        .sort((x, y) => x.start - y.start).map((quote) => ({ type: 'quote', quote }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'speaker') {
      const s = node.speaker;
      const item = new vscode.TreeItem(s.name, vscode.TreeItemCollapsibleState.Collapsed);
      const n = s.quotes.length;
      item.description = `${s.role ? `${s.role} · ` : ''}${n} quote${n === 1 ? '' : 's'}`;
      item.iconPath = speakerIcon(this.extensionUri, s.stance);
      const tip = new vscode.MarkdownString(undefined, true);
      tip.isTrusted = false;
      tip.appendMarkdown(`**${escapeMarkdown(s.name)}**${s.role ? ` — ${escapeMarkdown(s.role)}` : ''}\n\n$(${SPEAKER_ICON[s.stance]}) ${SPEAKER_STANCE_LABELS[s.stance]} overall · `);
      tip.appendMarkdown((Object.entries(s.stanceCounts) as Array<[Stance, number]>).filter(([, c]) => c).map(([st, c]) => `${c} ${STANCE_LABELS[st].toLowerCase()}`).join(', '));
      item.tooltip = tip;
      item.contextValue = 'speaker';
      item.id = `speaker:${s.name}`;
      return item;
    }
    if (node.type === 'unattributed') {
      const item = new vscode.TreeItem('Unattributed', vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.quotes.length + node.spans.length}`;
      item.iconPath = new vscode.ThemeIcon('question');
      item.id = 'unattributed';
      return item;
    }
    const q = node.quote;
    const doc = this.doc!;
    const range = toRange(doc, q.start, q.end);
    const item = new vscode.TreeItem(firstWords(q.text), vscode.TreeItemCollapsibleState.None);
    item.description = `line ${range.start.line + 1}`;
    const certain = q.stance && q.confidence !== undefined && isCertain({ confidence: q.confidence, stanceFromRoster: q.stanceFromRoster }, this.settings());
    item.iconPath = !q.stance ? new vscode.ThemeIcon('quote')
      : certain ? stanceIconPath(this.extensionUri, q.stance) : new vscode.ThemeIcon('question');
    item.tooltip = q.text;
    item.command = { title: 'Reveal quote', command: 'stanceLens.revealQuote', arguments: [doc.uri, range] };
    item.id = `quote:${q.start}`;
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
