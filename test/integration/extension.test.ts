import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StanceLensApi } from '../../src/extension';

const EXTENSION_ID = 'stance-lens.stance-lens';
let api: StanceLensApi;
const disposables: vscode.Disposable[] = [];

/** Resolves when the extension has applied an analysis of `doc` at its current version. */
function analysed(doc: vscode.TextDocument, timeoutMs = 15000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no analysis of ${doc.uri.path} v${doc.version}`)); }, timeoutMs);
    const sub = api.onDidAnalyze((e) => {
      if (e.uri.toString() === doc.uri.toString() && e.version === doc.version) { clearTimeout(timer); sub.dispose(); resolve(); }
    });
  });
}

/** Opens a workspace file (or untitled content) and waits for its first analysis. */
async function open(nameOrContent: { file?: string; content?: string; language?: string }): Promise<vscode.TextEditor> {
  const doc = nameOrContent.file
    ? await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, nameOrContent.file))
    : await vscode.workspace.openTextDocument({ content: nameOrContent.content, language: nameOrContent.language ?? 'plaintext' });
  const done = analysed(doc);
  const editor = await vscode.window.showTextDocument(doc);
  if (!api.analysisOf(doc.uri)) await done;
  return editor;
}

const textOf = (doc: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] => ranges.map((r) => doc.getText(r));

async function hoverText(doc: vscode.TextDocument, needle: string): Promise<string> {
  const pos = doc.positionAt(doc.getText().indexOf(needle) + 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('Stance Lens in a real VS Code', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension<StanceLensApi>(EXTENSION_ID);
    assert.ok(ext, 'extension is installed');
    api = await ext.activate();
  });

  afterEach(async () => {
    while (disposables.length) disposables.pop()!.dispose();
    // Revert and close whatever a test opened, so the next one starts clean.
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isDirty && !doc.isUntitled) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('colours the sample article by stance', async () => {
    const ed = await open({ file: 'sample-article.txt' });
    const drawn = api.drawnRanges(ed.document.uri)!;
    assert.ok(drawn, 'ranges were drawn');
    assert.ok(textOf(ed.document, drawn.critical).includes('a betrayal of the river valley'), `critical: ${textOf(ed.document, drawn.critical)}`);
    assert.ok(textOf(ed.document, drawn.supportive).some((t) => t.startsWith('We came here to find a solution')));
    assert.ok(drawn.cautious.length > 0);
    assert.equal(drawn.neutral.length, 0, 'neutral quotes are hidden by default');
    assert.ok(textOf(ed.document, drawn.mention).includes('Pereira'));
  });

  it('shows a hover card with speaker, role, stance and cues on a quote and on its mention', async () => {
    const ed = await open({ file: 'sample-article.txt' });
    const card = await hoverText(ed.document, 'Any agreement must include firm guarantees');
    assert.match(card, /\*\*Tomas Brandt\*\* — Castrian Prime Minister/);
    assert.match(card, /Cautious/);
    assert.match(card, /Decided by: .*guarantee/);
    assert.match(card, /unquoted speech/);
    assert.match(card, /quotes by this speaker .* first introduced on line \d+/);
    const onMention = await hoverText(ed.document, 'Varga told reporters');
    assert.match(onMention, /Elena Varga/);
  });

  it('follows edits: a quote typed in two steps is decorated once the analysis settles', async () => {
    const ed = await open({ file: 'sample-article.txt' });
    const doc = ed.document;
    const added = '\n“This plan is a disaster for the valley,” said activist Noor Ali.';
    await ed.edit((b) => b.insert(doc.positionAt(doc.getText().length), added.slice(0, 20)));
    await ed.edit((b) => b.insert(doc.positionAt(doc.getText().length), added.slice(20)));
    await analysed(doc);
    const drawn = api.drawnRanges(doc.uri)!;
    assert.ok(textOf(doc, drawn.critical).includes('This plan is a disaster for the valley,'));
    assert.equal(api.analysisOf(doc.uri)!.quotes.filter((q) => q.speaker === 'Noor Ali').length, 1);
  });

  it('toggles highlighting off and on', async () => {
    const ed = await open({ file: 'sample-article.txt' });
    const off = analysed(ed.document);
    await vscode.commands.executeCommand('stanceLens.toggle');
    await off;
    assert.equal(api.drawnRanges(ed.document.uri)!.critical.length, 0);
    assert.equal(api.statusText(), '');
    const on = analysed(ed.document);
    await vscode.commands.executeCommand('stanceLens.toggle');
    await on;
    assert.ok(api.drawnRanges(ed.document.uri)!.critical.length > 0);
  });

  it('shows quote counts by stance in the status bar', async () => {
    await open({ file: 'sample-article.txt' });
    assert.match(api.statusText(), /^\$\(quote\) \d+ \$\(pass\) \d+ \$\(error\) \d+ \$\(warning\) \d+$/);
  });

  it('jumps to the next and previous quote', async () => {
    const ed = await open({ file: 'sample-article.txt' });
    ed.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('stanceLens.nextQuote');
    const first = api.analysisOf(ed.document.uri)!.quotes[0];
    assert.equal(ed.document.offsetAt(ed.selection.active), first.start);
    await vscode.commands.executeCommand('stanceLens.previousQuote');
    const last = api.analysisOf(ed.document.uri)!.quotes.at(-1)!;
    assert.equal(ed.document.offsetAt(ed.selection.active), last.start);
  });

  it('leaves markdown code blocks and inline code alone', async () => {
    const ed = await open({ language: 'markdown', content: '# Draft\n\n```\n“We reject this,” said Ana Lopes.\n```\n\n“We welcome this,” said Omar Said.\n' });
    const quotes = api.analysisOf(ed.document.uri)!.quotes.map((q) => q.text);
    assert.deepEqual(quotes, ['We welcome this,']);
  });

  it('analyses a large document in slices, keeping the extension host responsive', async () => {
    const article = (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sample-article.txt'))).getText();
    const big = Array.from({ length: 110 }, (_, i) => article.replace(/Varga/g, `Varga${i}`)).join('\n');
    assert.ok(big.length > 300 * 1024);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const ed = await open({ content: big });
      const a = api.analysisOf(ed.document.uri)!;
      assert.ok(a.quotes.length > 1000, `${a.quotes.length} quotes`);
      assert.ok(ticks > 5, `the event loop ran ${ticks} timer ticks during analysis`);
      assert.ok(api.drawnRanges(ed.document.uri)!.critical.length > 100);
    } finally {
      clearInterval(timer);
    }
  });

  it('escapes document text in hover cards', async () => {
    const ed = await open({ content: '“Click [here](command:workbench.action.quit) now,” said Eve <b>Mallory</b>.' });
    const card = await hoverText(ed.document, 'Click');
    assert.doesNotMatch(card, /\]\(command:/);
    assert.doesNotMatch(card, /<b>/);
  });
});
