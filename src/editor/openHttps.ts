import * as vscode from 'vscode';

/** Opens a link in the user's browser, but only an https one: anything else is refused. */
export async function openHttps(url: string): Promise<boolean> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(url, true);
  } catch {
    return false;
  }
  if (uri.scheme !== 'https') return false;
  return vscode.env.openExternal(uri);
}
