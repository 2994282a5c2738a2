import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The folders the panel may load from: the script bundle and the panel's stylesheet, nothing else. */
export function panelResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media', 'webview')];
}

/**
 * The panel's static HTML skeleton with a strict CSP and a fresh nonce; the script builds every page
 * with DOM APIs. The only text put into this markup is escaped: the display language, two labels, and the
 * translations the script reads from `data-l10n` (none in English: the messages are the English text).
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
  const pages = escapeHtml(vscode.l10n.t('Walkthrough pages'));
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Extra Usage Guard</title>
</head>
<body data-l10n="${escapeHtml(JSON.stringify(vscode.l10n.bundle ?? {}))}">
<div class="layout">
  <nav class="sidebar" aria-label="${pages}">
    <p class="brand">Extra Usage Guard</p>
    <div id="tabs" role="tablist" aria-orientation="vertical" aria-label="${pages}"></div>
  </nav>
  <main id="panels"></main>
</div>
<div id="notices" class="notices" role="status" aria-live="polite"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** Text made safe for an HTML attribute value or element content. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
