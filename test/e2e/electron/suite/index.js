// The workbench scenarios inside a desktop VS Code (the Extension Development Host that
// @vscode/test-electron starts), through the `vscode` API instead of the mouse:
// diagnostics with rule names, hover, completion, a quick fix and the 64620 snippet.
// Plain CommonJS so that VS Code loads it without a build step. The extension under test
// is the repository itself (--extensionDevelopmentPath), so dist/ must be built.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');

const STATE_TIMEOUT_MS = 60_000;
const PROBLEM_RULES = ['code-format', 'code-unknown', 'code-not-billable', 'npi-checksum'];
const NEW_CLAIM = [
  'claim ASC-2026-0900',
  '  payer     medicare',
  '  patient   id P-0900  dob 1964-03-12  sex F',
  '  billing   npi 1234567893  taxonomy 208VP0014X',
  '  pos       24',
  '  dos       2026-09-15',
  '',
  '',
].join('\n');

/** Polls `probe` until it returns something other than undefined: a state, not a time. */
async function waitUntil(what, probe) {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function claimUri(name) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code was started without the claims folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name) {
  const document = await vscode.workspace.openTextDocument(claimUri(name));
  const editor = await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'claim');
  return editor;
}

async function untitledClaim(text) {
  const document = await vscode.workspace.openTextDocument({ language: 'claim', content: text });
  return vscode.window.showTextDocument(document);
}

function positionOf(document, text) {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is not in ${document.fileName}`);
  return document.positionAt(offset);
}

function hoverText(hovers) {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

const scenarios = {
  async 'an example claim shows diagnostics carrying rule names'() {
    const editor = await open('code-problems.claim');
    const rules = await waitUntil('diagnostics with every expected rule', () => {
      const found = new Set(
        vscode.languages.getDiagnostics(editor.document.uri).map((d) => {
          return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
        }),
      );
      return PROBLEM_RULES.every((rule) => found.has(rule)) ? found : undefined;
    });
    assert.ok(rules.size >= PROBLEM_RULES.length);
  },

  async 'hovering a diagnosis code shows its title'() {
    const editor = await open('intercostal-neurolysis-clean.claim');
    const at = positionOf(editor.document, 'G58.0').translate(0, 1);
    const text = await waitUntil('a hover with the title', async () => {
      const hovers = await vscode.commands.executeCommand(
        'vscode.executeHoverProvider',
        editor.document.uri,
        at,
      );
      const shown = hoverText(hovers ?? []);
      return shown.includes('Intercostal neuropathy') ? shown : undefined;
    });
    assert.match(text, /G58\.0/);
  },

  async 'completion after "dx A intercost" offers G58.0'() {
    const editor = await untitledClaim(`${NEW_CLAIM}  dx A intercost`);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await waitUntil('G58.0 among the completions', async () => {
      const list = await vscode.commands.executeCommand(
        'vscode.executeCompletionItemProvider',
        editor.document.uri,
        end,
      );
      const labels = (list?.items ?? []).map((item) =>
        typeof item.label === 'string' ? item.label : item.label.label,
      );
      return labels.includes('G58.0') ? true : undefined;
    });
  },

  async 'a quick fix replaces a header code with a billable one'() {
    const editor = await open('code-problems.claim');
    const start = positionOf(editor.document, 'G89.2\n');
    const range = new vscode.Range(start, start.translate(0, 'G89.2'.length));
    const fix = await waitUntil('the quick fix to G89.29', async () => {
      const actions = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        range,
      );
      return (actions ?? []).find((a) => a.title.startsWith('Replace G89.2 with G89.29'));
    });
    assert.ok(fix.edit, 'the quick fix carries no edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /^\s*dx A\s+G89\.29\s*$/m);
  },

  async 'the note-64620 snippet inserts the documentation elements'() {
    const editor = await untitledClaim(`${NEW_CLAIM}note-64620`);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const snippet = await waitUntil('the note-64620 snippet among the completions', async () => {
      const list = await vscode.commands.executeCommand(
        'vscode.executeCompletionItemProvider',
        editor.document.uri,
        end,
      );
      return (list?.items ?? []).find((item) => {
        const label = typeof item.label === 'string' ? item.label : item.label.label;
        return label === 'note-64620' && item.insertText instanceof vscode.SnippetString;
      });
    });
    const line = editor.document.lineAt(end.line).range;
    assert.ok(await editor.insertSnippet(snippet.insertText, line));
    const text = editor.document.getText();
    for (const label of ['Indication', 'Levels', 'Laterality', 'Guidance', 'Agent', 'Pain']) {
      assert.match(text, new RegExp(`^\\s+${label}:`, 'm'), label);
    }
  },
};

/** Closes every editor and drops its changes: a save prompt would block the host. */
async function closeWithoutSaving() {
  for (let open = 0; open < 20 && vscode.window.visibleTextEditors.length > 0; open++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Called by VS Code's test host; throws when any scenario failed. */
async function run() {
  const failed = [];
  for (const [name, scenario] of Object.entries(scenarios)) {
    try {
      await scenario();
      console.log(`ok - ${name}`);
    } catch (error) {
      failed.push(name);
      console.log(`not ok - ${name}\n${error && error.stack ? error.stack : error}`);
    }
    await closeWithoutSaving();
  }
  const passed = Object.keys(scenarios).length - failed.length;
  console.log(`vscode-electron: ${passed} passed, ${failed.length} failed`);
  if (failed.length > 0) throw new Error(`failed: ${failed.join('; ')}`);
}

module.exports = { run };
