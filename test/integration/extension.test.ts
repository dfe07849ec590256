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
  // (Only an analysis of this very document will do: an untitled one reuses the URI of one closed before.)
  if (!api.analysisOf(doc.uri)) await done;
  else done.catch(() => undefined);
  return editor;
}

const textOf = (doc: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] => ranges.map((r) => doc.getText(r));

/** The analysis of `doc` once it is of the text the document holds (every quote where it says), polling up to `timeoutMs`. */
async function analysisOfText(doc: vscode.TextDocument, timeoutMs = 10000): Promise<NonNullable<ReturnType<StanceLensApi['analysisOf']>>> {
  const start = performance.now();
  for (;;) {
    const a = api.analysisOf(doc.uri);
    const text = doc.getText();
    if (a && a.quotes.every((q) => text.slice(q.start, q.end) === q.text)) return a;
    if (performance.now() - start > timeoutMs) throw new Error(`no analysis of the text of ${doc.uri.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function hoverText(doc: vscode.TextDocument, needle: string): Promise<string> {
  const pos = doc.positionAt(doc.getText().indexOf(needle) + 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Resolves with the ms from now until `doc`'s first stance colours are drawn (polling the drawn ranges). */
async function colouredWithin(doc: vscode.TextDocument, timeoutMs = 15000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const drawn = api?.drawnRanges(doc.uri);
    if (drawn && drawn.critical.length + drawn.supportive.length + drawn.cautious.length > 0) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`no colours on ${doc.uri.path}`);
}

/** Time to first colours, measured once from a cold start and on a later document: ms from asking
 * VS Code to open the file until its editor is shown, and from then until its colours are drawn. */
const firstColours: Record<string, number | boolean> = {};

/** Opens a workspace file, and records how long the editor and then its colours took. */
async function timeFirstColours(name: string, label: string, ext?: vscode.Extension<StanceLensApi>): Promise<void> {
  const start = performance.now();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name));
  await vscode.window.showTextDocument(doc);
  const shown = performance.now();
  if (ext) api = await ext.activate();
  await colouredWithin(doc);
  firstColours[`${label}EditorShownMs`] = Math.round(shown - start);
  firstColours[`${label}ColoursAfterShownMs`] = Math.round(performance.now() - shown);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Stance Lens in a real VS Code', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension<StanceLensApi>(EXTENSION_ID);
    assert.ok(ext, 'extension is installed');
    // Activated at start-up (its view is in the Explorer) or by this first document.
    firstColours.activeBeforeFirstDocument = ext.isActive;
    await timeFirstColours('sample-article.txt', 'first', ext);
    await timeFirstColours('checks-draft.txt', 'later');
  });

  it('draws the first colours of a document soon after it opens, activation included (figures logged)', () => {
    console.log(`      first colours: ${JSON.stringify(firstColours)}`);
    for (const label of ['first', 'later']) assert.ok(+firstColours[`${label}ColoursAfterShownMs`] > 0, `${label} document coloured`);
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
    assert.equal(drawn.neutral.length, 0, 'neutral quotes are not coloured by default');
    const neutral = api.analysisOf(ed.document.uri)!.quotes.filter((q) => q.stance === 'neutral').map((q) => q.start);
    const faint = drawn.faint.map((r) => ed.document.offsetAt(r.start));
    assert.ok(neutral.length > 0 && neutral.every((start) => faint.includes(start)), 'found neutral quotes keep a faint underline');
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

  it('leaves quotes below stanceLens.minConfidence uncoloured and calls them uncertain in the hover', async () => {
    const config = vscode.workspace.getConfiguration('stanceLens');
    const ed = await open({ file: 'sample-article.txt' });
    const a = api.analysisOf(ed.document.uri)!;
    const drawnCount = (): number => (['supportive', 'critical', 'cautious'] as const).reduce((n, s) => n + api.drawnRanges(ed.document.uri)![s].length, 0);
    try {
      let redrawn = analysed(ed.document);
      await config.update('minConfidence', 0, vscode.ConfigurationTarget.Global);
      await redrawn;
      assert.equal(drawnCount(), a.quotes.filter((q) => q.stance !== 'neutral').length, 'every non-neutral quote is coloured at 0');
      redrawn = analysed(ed.document);
      await config.update('minConfidence', 0.99, vscode.ConfigurationTarget.Global);
      await redrawn;
      assert.equal(drawnCount(), 0, 'nothing is sure enough at 0.99');
      assert.equal(api.drawnRanges(ed.document.uri)!.faint.length, a.quotes.length, 'every found quote keeps a faint underline');
      const card = await hoverText(ed.document, 'Any agreement must include firm guarantees');
      assert.match(card, /Uncertain/);
      assert.match(card, /Cautious \d+%, /);
      assert.match(card, /Leaning cautious on: .*guarantees/);
      // An uncertain quote tipped by what its speaker says elsewhere names that as a cue.
      assert.match(await hoverText(ed.document, 'We can live with a deal'), /_1 other quote_ \(same speaker\)/);
      assert.match(api.statusText(), /^Stance: (.* · )?\d+ uncertain$/);
    } finally {
      const back = analysed(ed.document);
      await config.update('minConfidence', undefined, vscode.ConfigurationTarget.Global);
      await back;
    }
  });

  it('binds next/previous quote to keys that no built-in command uses', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const defaults = vscode.window.activeTextEditor!.document.getText();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const ours = ((await import('../../package.json')).default.contributes.keybindings as Array<{ key: string }>).map((k) => k.key);
    assert.ok(defaults.length > 10000, 'the default keybindings were read');
    // The file lists every binding, ours included: no other command may sit on our keys.
    for (const key of ours) {
      const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const commands = [...defaults.matchAll(new RegExp(`"key":\\s*"${escaped}",\\s*"command":\\s*"([^"]+)"`, 'g'))].map((m) => m[1]);
      assert.ok(commands.some((c) => c.startsWith('stanceLens.')), `${key} is bound to our command`);
      assert.deepEqual(commands.filter((c) => !c.startsWith('stanceLens.')), [], `${key} is also a built-in binding`);
    }
  });

  it('shows quote counts by stance in the status bar', async () => {
    await open({ file: 'sample-article.txt' });
    assert.match(api.statusText(), /^Stance: \d+ supportive · \d+ critical · \d+ cautious( · \d+ uncertain)?$/);
    assert.doesNotMatch(api.statusText(), /\$\((error|warning)\)/, 'no problem icons');
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
    const quotes = (await analysisOfText(ed.document)).quotes.map((q) => q.text);
    assert.deepEqual(quotes, ['We welcome this,']);
  });

  it('reads a hard-wrapped markdown draft with a link as its paragraphs: the link\'s words, not its target', async () => {
    // (A workspace file: VS Code may hand a new untitled document the text of the one closed just before.)
    const ed = await open({ file: 'wrapped-link.md' });
    const quotes = (await analysisOfText(ed.document)).quotes.map((q) => [q.text, q.speaker, q.role]);
    assert.deepEqual(quotes, [['We are close to a deal,', 'Ana Ruiz', 'chief negotiator of the dockers’ union']]);
    assert.match(await hoverText(ed.document, 'We are close to a deal'), /\*\*Ana Ruiz\*\* — chief negotiator of the dockers’ union/);
  });

  it('analyses a large document in slices, keeping the extension host responsive', async () => {
    const article = (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sample-article.txt'))).getText();
    const big = Array.from({ length: 110 }, (_, i) => article.replace(/Varga/g, `Varga${i}`)).join('\n');
    assert.ok(big.length > 300 * 1024);
    const bigUri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'big-draft.txt');
    await vscode.workspace.fs.writeFile(bigUri, new TextEncoder().encode(big));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const ed = await open({ file: 'big-draft.txt' });
      const a = api.analysisOf(ed.document.uri)!;
      assert.ok(a.quotes.length > 1000, `${a.quotes.length} quotes in ${ed.document.uri} (${ed.document.languageId}, ${ed.document.getText().length} chars, v${ed.document.version}): ${a.quotes.map((q) => q.text).join(' | ')}`);
      assert.ok(ticks > 5, `the event loop ran ${ticks} timer ticks during analysis`);
      assert.ok(api.drawnRanges(ed.document.uri)!.critical.length > 100);
    } finally {
      clearInterval(timer);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(bigUri);
    }
  });

  it('analyses and hovers a language added to stanceLens.languages', async () => {
    const config = vscode.workspace.getConfiguration('stanceLens');
    await config.update('languages', ['plaintext', 'markdown', 'news', 'log'], vscode.ConfigurationTarget.Global);
    try {
      const ed = await open({ language: 'log', content: '“The talks are a betrayal,” said activist Noor Ali.' });
      assert.equal(api.analysisOf(ed.document.uri)!.quotes[0].stance, 'critical');
      assert.match(await hoverText(ed.document, 'The talks'), /Noor Ali/);
    } finally {
      await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('escapes document text in hover cards', async () => {
    const ed = await open({ content: '“Click [here](command:workbench.action.quit) now,” said Eve <b>Mallory</b>.' });
    const card = await hoverText(ed.document, 'Click');
    assert.doesNotMatch(card, /\]\(command:/);
    assert.doesNotMatch(card, /<b>/);
  });
});

describe('Stance Lens reporter workflow in a real VS Code', () => {
  before(async () => {
    api = await vscode.extensions.getExtension<StanceLensApi>(EXTENSION_ID)!.activate();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const ourDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Stance Lens');

  it('lists attribution problems in the Problems panel with codes and severities', async () => {
    const ed = await open({ file: 'checks-draft.txt' });
    const diags = ourDiagnostics(ed.document.uri);
    const byCode = new Map(diags.map((d) => [String(d.code), d]));
    assert.deepEqual([...byCode.keys()].sort(), ['ambiguous-pronoun', 'surname-first', 'unattributed-quote', 'unbalanced-quote']);
    assert.equal(byCode.get('unbalanced-quote')!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(ed.document.getText(byCode.get('surname-first')!.range), 'Okafor');
  });

  it('flags, in a markdown story, a bare last name before the full name, one person with two roles, and a pronoun with no referent', async () => {
    const ed = await open({ file: 'bus-talks.md' });
    const diags = ourDiagnostics(ed.document.uri);
    const surname = diags.find((d) => d.code === 'surname-first')!;
    assert.ok(surname, 'surname-first');
    assert.equal(ed.document.getText(surname.range), 'Okonjo');
    assert.equal(surname.range.start.line, 2, 'the possessive “Okonjo’s” in the opening paragraph, not an attribution');
    const roles = diags.find((d) => d.code === 'role-conflict')!;
    assert.match(roles.message, /“Deputy Mayor” and “Transport chief”/);
    assert.match(ed.document.getText(roles.range), /^Transport chief Tom Reyes/);
    // "she" skips the man the text has called "he", so it means the only woman named before.
    assert.match(await hoverText(ed.document, 'The offer is an insult to the people'), /\*\*Adaeze Okonjo\*\*/);
    // An "it" after an organisation is the organisation, never the last person.
    assert.match(await hoverText(ed.document, 'Every day without buses'), /Chamber of Commerce/);

    const lone = await open({ content: 'Mayor Tom Reyes spoke to reporters. “We are close,” he said.\n\nThe offer is an insult, she said.' });
    const nobody = ourDiagnostics(lone.document.uri).find((d) => d.code === 'unattributed-quote')!;
    assert.equal(lone.document.getText(nobody.range), 'she');
    assert.match(nobody.message, /no possible referent/);
    assert.match(await hoverText(lone.document, 'The offer is an insult'), /\*\*Unattributed\*\*/);
  });

  it('shows each cue with its role: a negated word with its negator, the writer\'s framing with its line', async () => {
    const ed = await open({ content: 'Defence Secretary Ivo Marek defended the plan on Friday.\nThis is "certainly not a betrayal," Marek said.' });
    const card = await hoverText(ed.document, 'certainly not a betrayal');
    assert.match(card, /_not … betrayal_ \((?:negative word|rejection), negated\)/);
    assert.match(card, /_defended_ \(writer's framing, line 1\)/);
  });

  it('names scorn for another\'s demand to be included as such in the hover, not as a rejection of the talks', async () => {
    const ed = await open({ content: '"It is absurd and pointless for them to demand a seat at the table," the envoy said.' });
    const card = await hoverText(ed.document, 'It is absurd');
    assert.match(card, /Supportive of talks/);
    assert.match(card, /_absurd_ \(inclusion demanded by others, dismissed\)/);
  });

  it('marks a quote paragraph with no attribution of its own as inferred, in the hover and the Problems panel', async () => {
    const ed = await open({ content: 'Trade Minister Ana Lopes spoke after the vote. “We are ready,” Lopes said.\n“The text is final and we will sign it on Monday.”' });
    const d = ourDiagnostics(ed.document.uri).find((x) => x.code === 'inferred-speaker');
    assert.ok(d, 'an inferred-speaker problem');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    assert.match(await hoverText(ed.document, 'The text is final'), /Speaker inferred: .*carried over from “Lopes” on line 1/);
  });

  it('offers a quick fix that introduces the speaker, and edits only when it is applied', async () => {
    const ed = await open({ file: 'checks-draft.txt' });
    const doc = ed.document;
    const diag = ourDiagnostics(doc.uri).find((d) => d.code === 'surname-first')!;
    const before = doc.getText();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Introduce as “Trade Minister Grace Okafor”');
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(doc.getText(), before, 'asking for fixes changes nothing');
    const done = analysed(doc);
    await vscode.workspace.applyEdit(fix.edit!);
    await done;
    assert.ok(doc.lineAt(1).text.startsWith('“We will not accept a deal written in another capital,” Trade Minister Grace Okafor said'), doc.lineAt(1).text);
    assert.ok(!ourDiagnostics(doc.uri).some((d) => d.code === 'surname-first'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('honours a severity of "off" per check', async () => {
    const config = vscode.workspace.getConfiguration('stanceLens');
    await config.update('checks', { 'unattributed-quote': 'off' }, vscode.ConfigurationTarget.Global);
    try {
      const ed = await open({ file: 'checks-draft.txt' });
      assert.ok(!ourDiagnostics(ed.document.uri).some((d) => d.code === 'unattributed-quote'));
    } finally {
      await config.update('checks', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('fills the Sources view with speakers, their quotes and an Unattributed group, filterable by stance', async () => {
    const ed = await open({ file: 'sample-article.txt' });
    const roots = api.sources.getChildren();
    const labels = roots.map((n) => api.sources.getTreeItem(n).label);
    assert.ok(labels.includes('Elena Varga'), `speakers: ${labels.join(', ')}`);
    const varga = roots.find((n) => api.sources.getTreeItem(n).label === 'Elena Varga')!;
    const vargaItem = api.sources.getTreeItem(varga);
    assert.match(String(vargaItem.description), /^Norvian Foreign Minister · \d+ quotes$/);
    const quotes = api.sources.getChildren(varga).map((n) => api.sources.getTreeItem(n));
    assert.ok(quotes.length >= 3);
    assert.match(String(quotes[0].description), /^line \d+$/);
    assert.equal(quotes[0].command?.command, 'stanceLens.revealQuote');
    await vscode.commands.executeCommand('stanceLens.filterSources', 'critical');
    const critical = api.sources.getChildren().map((n) => api.sources.getTreeItem(n).label);
    assert.ok(critical.includes('Milo Pereira') && !critical.includes('Elena Varga'), critical.join(', '));
    await vscode.commands.executeCommand('stanceLens.filterSources', 'all');
    // Clicking a quote reveals it in the editor.
    const target = quotes[0].command!;
    await vscode.commands.executeCommand(target.command, ...(target.arguments ?? []));
    assert.ok(ed.document.getText(vscode.window.activeTextEditor!.selection).length > 0);

    await open({ file: 'checks-draft.txt' });
    const unattributed = api.sources.getChildren().find((n) => api.sources.getTreeItem(n).label === 'Unattributed');
    assert.ok(unattributed, 'an Unattributed group for the draft');
    assert.equal(api.sources.getChildren(unattributed).length, 1);
  });

  it('opens a stance report webview with charts and a strict CSP', async () => {
    await open({ file: 'sample-article.txt' });
    await vscode.commands.executeCommand('stanceLens.showReport');
    const html = api.report.html!;
    assert.ok(html, 'report rendered');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]+' /);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /Quotes by stance/);
    assert.match(html, /share of quoted words/);
    assert.ok((html.match(/<svg role="img"/g) ?? []).length >= 4);
    assert.match(html, /Elena Varga/);
  });

  it('reads the workspace roster, and reports a broken one on the roster file', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const rosterUri = vscode.Uri.joinPath(folder, '.stancelens.json');
    const write = (s: string) => vscode.workspace.fs.writeFile(rosterUri, new TextEncoder().encode(s));
    try {
      const ed = await open({ file: 'sample-article.txt' });
      let next = analysed(ed.document, 20000);
      await write(JSON.stringify({ people: [{ name: 'Elena Varga', stance: 'critical' }] }));
      await next;
      assert.ok(api.analysisOf(ed.document.uri)!.quotes.filter((q) => q.speaker === 'Elena Varga').every((q) => q.stance === 'critical'));
      next = analysed(ed.document, 20000);
      await write('{ "people": [ { "name": ');
      await next;
      const rosterProblems = await waitFor(() => vscode.languages.getDiagnostics(rosterUri), (d) => d.length > 0);
      assert.match(rosterProblems[0].message, /not valid JSON/);
      assert.ok(api.analysisOf(ed.document.uri)!.quotes.some((q) => q.speaker === 'Elena Varga' && q.stance !== 'critical'), 'analysis goes on with defaults');
    } finally {
      await vscode.workspace.fs.delete(rosterUri).then(undefined, () => undefined);
    }
  });
});

/** Waits for `get()` to satisfy `ok`, re-checking when diagnostics change. */
function waitFor<T>(get: () => T, ok: (v: T) => boolean, timeoutMs = 10000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => { const v = get(); if (ok(v)) { sub.dispose(); clearTimeout(timer); resolve(v); return true; } return false; };
    const sub = vscode.languages.onDidChangeDiagnostics(() => check());
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('timed out waiting')); }, timeoutMs);
    check();
  });
}

describe('Stance Lens under churn and hostile text', () => {
  const failures: string[] = [];
  const originalError = console.error;
  const onRejection = (e: unknown): void => { failures.push(`unhandled rejection: ${String(e)}`); };

  before(async () => {
    api = await vscode.extensions.getExtension<StanceLensApi>(EXTENSION_ID)!.activate();
    // The extension host is this process: catch anything the extension logs as a failure.
    console.error = (...args: unknown[]) => {
      if (String(args[0]).startsWith('[stance-lens]')) failures.push(args.map(String).join(' '));
      originalError(...args);
    };
    process.on('unhandledRejection', onRejection);
  });
  after(() => {
    console.error = originalError;
    process.off('unhandledRejection', onRejection);
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepEqual(failures.splice(0), []);
  });

  it('edits during analysis, closing mid-analysis and reopening leave no stale decorations', async () => {
    const article = (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sample-article.txt'))).getText();
    const big = Array.from({ length: 80 }, (_, i) => article.replace(/Varga/g, `Varga${i}`)).join('\n');
    // Close a large document while its sliced analysis is running.
    const first = await vscode.workspace.openTextDocument({ content: big });
    await vscode.window.showTextDocument(first);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // Type into a large document while it is being analysed.
    const doc = await vscode.workspace.openTextDocument({ content: big });
    const ed = await vscode.window.showTextDocument(doc);
    for (let i = 0; i < 15; i++) {
      await ed.edit((b) => b.insert(doc.positionAt((i * 7919) % doc.getText().length), i % 3 ? 'x' : '\n“We are ready,” said Ana Lopes.\n'));
    }
    await analysed(doc, 30000);
    const drawn = api.drawnRanges(doc.uri)!;
    const final = api.analysisOf(doc.uri)!;
    const shown = (['supportive', 'critical', 'cautious'] as const).flatMap((s) => drawn[s].map((r) => doc.offsetAt(r.start))).sort((a, b) => a - b);
    const min = vscode.workspace.getConfiguration('stanceLens').get<number>('minConfidence', 0.4);
    const expected = final.quotes.filter((q) => q.stance !== 'neutral' && q.confidence >= min).map((q) => q.start).sort((a, b) => a - b);
    assert.deepEqual(shown, expected, 'decorations are those of the final text');
  });

  it('handles 50 editors at once', async () => {
    const docs = await Promise.all(Array.from({ length: 50 }, (_, i) => vscode.workspace.openTextDocument({ content: `“Deal ${i} is a betrayal,” said activist Noor Ali${i}.` })));
    for (const d of docs) await vscode.window.showTextDocument(d, { preview: false, preserveFocus: true });
    const last = docs[docs.length - 1];
    if (!api.analysisOf(last.uri)) await analysed(last);
    assert.equal(api.analysisOf(last.uri)!.quotes[0].stance, 'critical');
  });

  it('keeps memory flat over 1,000 opens and closes', async function () {
    this.timeout(400000);
    const v8 = await import('node:v8');
    const vm = await import('node:vm');
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'churn.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('“This round is a betrayal,” said activist Noor Ali.\nMore text.'));
    const spent = { open: 0, show: 0, close: 0 };
    const cycle = async (i: number): Promise<void> => {
      let t = Date.now();
      const doc = await vscode.workspace.openTextDocument(uri);
      spent.open += Date.now() - t; t = Date.now();
      await vscode.window.showTextDocument(doc, { preview: true });
      spent.show += Date.now() - t; t = Date.now();
      if (i % 50 === 0 && !api.analysisOf(doc.uri)) await analysed(doc);
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      if (tab) await vscode.window.tabGroups.close(tab);
      spent.close += Date.now() - t;
    };
    try {
      for (let i = 0; i < Number(process.env.CHURN_WARMUP ?? 100); i++) await cycle(i); // warm up caches and code paths
      gc();
      const before = process.memoryUsage().heapUsed;
      const t0 = Date.now();
      for (let i = 0; i < Number(process.env.CHURN_CYCLES ?? 1000); i++) await cycle(i);
      gc();
      const grown = (process.memoryUsage().heapUsed - before) / (1 << 20);
      console.log(`    heap after 1,000 open/close cycles: ${grown >= 0 ? '+' : ''}${grown.toFixed(1)} MB (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      assert.ok(grown < 25, `heap grew by ${grown.toFixed(1)} MB`);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('shows hostile names and quotes as plain text in hovers, the Sources view and the report', async () => {
    const hostile = [
      'Minister [Click me](command:workbench.action.quit) Smith arrived.',
      '“Run <script>alert(1)</script> now,” said Minister [Click me](command:workbench.action.quit) Smith.',
      '“$(alert) <img src=x onerror=alert(1)> **bold**,” said <b>Eve</b> Mallory.',
    ].join('\n');
    const ed = await open({ content: hostile });
    const cards = await hoverText(ed.document, 'Run <script>') + await hoverText(ed.document, '$(alert)');
    assert.doesNotMatch(cards, /\]\(command:/);
    assert.doesNotMatch(cards, /<script>|<img|<b>/);
    const tooltips = api.sources.getChildren().map((n) => api.sources.getTreeItem(n).tooltip).map((t) => (t instanceof vscode.MarkdownString ? t.value : String(t ?? '')));
    for (const t of tooltips) {
      assert.doesNotMatch(t, /\]\(command:/);
      assert.doesNotMatch(t, /<script>|<img|<b>/);
    }
    for (const n of api.sources.getChildren()) {
      const tip = api.sources.getTreeItem(n).tooltip;
      if (tip instanceof vscode.MarkdownString) assert.equal(tip.isTrusted, false);
    }
    await vscode.commands.executeCommand('stanceLens.showReport');
    const html = api.report.html!;
    assert.doesNotMatch(html, /<script>|<img |<b>Eve/);
    assert.match(html, /&lt;script&gt;|&lt;b&gt;Eve|Smith/);
  });
});
