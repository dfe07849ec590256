import * as vscode from 'vscode';
import { renderHtml, reportData, type Analysis } from '../analysis/index';

/** The stance report webview for one document: no scripts, a strict CSP with a nonce, media/ only. */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | null = null;
  private uri: vscode.Uri | null = null;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** Opens (or reveals) the report for `doc`. */
  show(doc: vscode.TextDocument, analysis: Analysis): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('stanceLens.report', 'Stance Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
      });
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
      this.panel.onDidDispose(() => { this.panel = null; this.uri = null; });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.render(doc, analysis);
  }

  /** Redraws the report when its document's analysis changes. */
  refresh(doc: vscode.TextDocument, analysis: Analysis): void {
    if (this.panel && this.uri?.toString() === doc.uri.toString()) this.render(doc, analysis);
  }

  /** The HTML currently shown (for tests), or null. */
  get html(): string | null {
    return this.panel?.webview.html ?? null;
  }

  private render(doc: vscode.TextDocument, analysis: Analysis): void {
    if (!this.panel) return;
    this.uri = doc.uri;
    const title = vscode.workspace.asRelativePath(doc.uri);
    this.panel.title = `Stance Report: ${title.split('/').pop()}`;
    this.panel.webview.html = renderHtml(reportData(title, doc.getText(), analysis), { nonce: newNonce(), cspSource: this.panel.webview.cspSource });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** A fresh CSP nonce: 16 random bytes from Web Crypto (in Node's and the web worker's extension host alike), base64. */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
