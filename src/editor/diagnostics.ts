import * as vscode from 'vscode';
import { checkAnalysis, type Analysis, type CheckCode, type Problem, type Severity } from '../analysis/index';
import { toRange } from './ranges';

const SEVERITY: Record<Exclude<Severity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The diagnostics source shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Stance Lens';

/** Publishes attribution problems as diagnostics and remembers their fixes for the quick-fix provider. */
export class AttributionDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('stanceLens');
  private readonly problems = new Map<string, Problem[]>();

  /** Replaces the document's diagnostics with the problems of `analysis` (none when it is null). */
  update(doc: vscode.TextDocument, analysis: Analysis | null, severities: Partial<Record<CheckCode, Severity>>): void {
    const key = doc.uri.toString();
    if (!analysis) {
      this.problems.delete(key);
      this.collection.delete(doc.uri);
      return;
    }
    const found = checkAnalysis(analysis, severities);
    this.problems.set(key, found);
    this.collection.set(doc.uri, found.map((p) => {
      const d = new vscode.Diagnostic(toRange(doc, p.start, p.end), p.message, SEVERITY[p.severity as Exclude<Severity, 'off'>]);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = p.code;
      return d;
    }));
  }

  /** The problems last published for a document. */
  problemsOf(uri: vscode.Uri): Problem[] {
    return this.problems.get(uri.toString()) ?? [];
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.problems.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
    this.problems.clear();
  }
}

/** Offers the fixes of our diagnostics; nothing is edited unless the user picks one. */
export class AttributionFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: AttributionDiagnostics) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const problems = this.diagnostics.problemsOf(doc.uri);
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const p = problems.find((x) => x.code === d.code && doc.offsetAt(d.range.start) === x.start);
      for (const fix of p?.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(doc.uri, toRange(doc, fix.start, fix.end), fix.newText);
        action.diagnostics = [d];
        action.isPreferred = p!.fixes.length === 1;
        out.push(action);
      }
    }
    return out;
  }
}
