import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The folders the panel may load from: the script bundle and the panel's stylesheet, nothing else. */
export function panelResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media', 'webview')];
}

/**
 * The panel's static HTML skeleton with a strict CSP and a fresh nonce; the script builds every page
 * with DOM APIs, so no dynamic text is ever put into this markup.
 */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(24).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview', 'walkthrough.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Extra Usage Guard</title>
</head>
<body>
<div class="layout">
  <nav class="sidebar" aria-label="Walkthrough pages">
    <p class="brand">Extra Usage Guard</p>
    <div id="tabs" role="tablist" aria-orientation="vertical" aria-label="Walkthrough pages"></div>
  </nav>
  <main id="panels"></main>
</div>
<div id="notices" class="notices" role="status" aria-live="polite"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
