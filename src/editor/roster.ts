import * as vscode from 'vscode';
import { MAX_ROSTER_BYTES, parseRoster, type Roster } from '../analysis/index';

/** The roster file's name at the root of a workspace folder. */
export const ROSTER_FILE = '.stancelens.json';

/**
 * Loads `.stancelens.json` from the workspace (trusted workspaces only), reports its problems as
 * diagnostics on the file, and tells listeners when it changes. A broken roster means no roster.
 */
export class RosterWatcher implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('stanceLens.roster');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.problems];
  private roster: Roster | undefined;
  private loading: Promise<void> | null = null;

  /** One watcher per workspace folder root, where rosters are read from. */
  private watchers: vscode.Disposable[] = [];

  constructor() {
    const reload = (): void => { this.loading = this.load(); };
    const watchRoots = (): void => {
      for (const w of this.watchers) w.dispose();
      this.watchers = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, ROSTER_FILE));
        return [watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload)];
      });
    };
    watchRoots();
    // Read now, while the first document opens, so its analysis does not wait for the file system.
    reload();
    this.disposables.push(vscode.workspace.onDidGrantWorkspaceTrust(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { watchRoots(); reload(); }));
  }

  /** The current roster (loading it the first time). */
  async current(): Promise<Roster | undefined> {
    this.loading ??= this.load();
    await this.loading;
    return this.roster;
  }

  private async load(): Promise<void> {
    const before = JSON.stringify(this.roster ?? null);
    let merged: Roster | undefined;
    this.problems.clear();
    // In an untrusted workspace the roster is ignored: it could steer what a reader is told.
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const uri = vscode.Uri.joinPath(folder.uri, ROSTER_FILE);
        let bytes: Uint8Array;
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > MAX_ROSTER_BYTES) {
            this.problems.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), `Stance Lens ignores rosters larger than ${MAX_ROSTER_BYTES / 1024} KB.`, vscode.DiagnosticSeverity.Error)]);
            continue;
          }
          bytes = await vscode.workspace.fs.readFile(uri);
        } catch {
          continue; // no roster in this folder
        }
        const text = new TextDecoder().decode(bytes);
        const { roster, errors } = parseRoster(text);
        if (errors.length) {
          const doc = await vscode.workspace.openTextDocument(uri);
          this.problems.set(uri, errors.map((e) => {
            const pos = doc.positionAt(e.offset);
            const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), `${e.message} Stance Lens uses its defaults for what it cannot read.`, vscode.DiagnosticSeverity.Error);
            d.source = 'Stance Lens';
            return d;
          }));
        }
        if (roster.people || roster.cues) {
          merged = { people: [...(merged?.people ?? []), ...(roster.people ?? [])], cues: { ...(merged?.cues ?? {}), ...(roster.cues ?? {}) } };
        }
      }
    }
    this.roster = merged;
    if (JSON.stringify(this.roster ?? null) !== before) this.changed.fire();
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.watchers]) d.dispose();
  }
}
