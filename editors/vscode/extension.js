// Starts `sop lsp --stdio` for the workspace and hands it the procedures (Markdown) and corpus
// YAML files; the server itself decides which files belong to a sopbook corpus.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The command that runs sop: the setting, else the sopbook checkout's own bin/sop.js, else npx. */
function serverCommand(folder) {
  const configured = vscode.workspace.getConfiguration('sopbook').get('command');
  if (Array.isArray(configured) && configured.length > 0) return { command: configured[0], args: configured.slice(1) };
  const own = folder && path.join(folder, 'bin', 'sop.js');
  if (own && fs.existsSync(own)) return { command: 'node', args: [own] };
  // `npx` is a script on Windows: only a shell runs it.
  return { command: 'npx', args: ['--no-install', 'sop'], shell: process.platform === 'win32' };
}

async function activate(context) {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const { command, args, shell } = serverCommand(folder);
  const run = { command, args: [...args, 'lsp', '--stdio'], options: { cwd: folder, shell: shell === true } };
  client = new LanguageClient('sopbook', 'sopbook', { run, debug: run }, {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
    ],
    initializationOptions: { lang: vscode.workspace.getConfiguration('sopbook').get('lang', 'it') },
    // Saves, checkouts and deletions outside the editor change what the open files refer to.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,yaml}') },
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
