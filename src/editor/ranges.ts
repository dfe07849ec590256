import * as vscode from 'vscode';

/** Converts engine offsets to an editor range: the only place offsets become positions. */
export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}
