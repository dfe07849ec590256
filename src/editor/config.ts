import * as vscode from 'vscode';
import { CHECK_CODES, DEFAULT_SEVERITIES, type CheckCode, type QuoteFinding, type Severity } from '../analysis/index';

/** How quotes are drawn. */
export type DecorationStyle = 'background' | 'underline' | 'text';

/** A snapshot of the extension's settings, read once per change and passed down. */
export interface Settings {
  /** Highlight quotations by their speaker's stance. */
  enabled: boolean;
  /** Language identifiers analysed besides plaintext and markdown. */
  languages: string[];
  /** Highlight neutral quotes like the others (background, icon, ruler mark). When off, they keep a faint dotted underline, as uncertain quotes do. */
  showNeutral: boolean;
  /** Quotes whose stance the model gives a probability below this are left uncoloured (a faint dotted underline) and shown as uncertain in the hover, with the competing stances. 0 colours every quote. */
  minConfidence: number;
  /** How quotes are drawn: a tinted background, a coloured underline, or coloured text. */
  decorationStyle: DecorationStyle;
  /** Documents larger than this many kilobytes are not analysed. */
  maxDocumentSizeKb: number;
  /** Milliseconds to wait after the last edit before re-analysing. */
  debounceMs: number;
  /** Severity of each attribution check in the Problems panel, or `off`. */
  checks: Record<CheckCode, Severity>;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads the `stanceLens.*` settings into a typed snapshot. */
export function readSettings(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration('stanceLens')): Settings {
  const style = config.get<string>('decorationStyle', 'background');
  return {
    enabled: config.get<boolean>('enabled', true),
    languages: config.get<string[]>('languages', ['plaintext', 'markdown', 'news']),
    showNeutral: config.get<boolean>('showNeutral', false),
    minConfidence: Math.min(1, Math.max(0, config.get<number>('minConfidence', 0.4))),
    decorationStyle: style === 'underline' || style === 'text' ? style : 'background',
    maxDocumentSizeKb: Math.max(1, config.get<number>('maxDocumentSizeKb', 2048)),
    debounceMs: Math.max(0, config.get<number>('debounceMs', 250)),
    checks: readChecks(config.get<Record<string, string>>('checks', {})),
  };
}

/**
 * Schemes of documents that are not drafts (the Output panel, debug consoles, source-control
 * inputs). Every other scheme is, including virtual workspaces (`vscode-vfs`, `vscode-remote`).
 */
const NOT_DRAFTS = new Set(['output', 'debug', 'vscode-scm', 'comment', 'vscode-terminal']);

/** Is this document one we analyse? */
export function isAnalysable(doc: vscode.TextDocument, settings: Settings): boolean {
  if (NOT_DRAFTS.has(doc.uri.scheme)) return false;
  return ['plaintext', 'markdown', ...settings.languages].includes(doc.languageId);
}

/** Is the stance of `q` sure enough to be coloured? The roster's word always is. */
export const isCertain = (q: Pick<QuoteFinding, 'confidence' | 'stanceFromRoster'>, settings: Pick<Settings, 'minConfidence'>): boolean =>
  !!q.stanceFromRoster || q.confidence >= settings.minConfidence;

/** Severities per check code; unknown codes and values fall back to the defaults. */
function readChecks(raw: Record<string, string>): Record<CheckCode, Severity> {
  const out = { ...DEFAULT_SEVERITIES };
  for (const code of CHECK_CODES) {
    const v = raw?.[code] as Severity | undefined;
    if (v && SEVERITIES.includes(v)) out[code] = v;
  }
  return out;
}
