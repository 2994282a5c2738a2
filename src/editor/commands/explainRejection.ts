import * as vscode from 'vscode';
import { liveRejection, rejectionEventSchema, type Rejection, type RejectionEvent } from '../../core/rejection';
import { translatedToolLabel } from '../../core/toolLabels';
import { formatLocalTime } from '../rejectionNotifier';

/** What Explain needs from the rest of the extension. */
export interface ExplainDeps {
  readonly classify: (text: string) => Rejection | undefined;
  readonly history: () => readonly RejectionEvent[];
  /** Shows the explanation of one rejection in the panel. */
  readonly show: (event: RejectionEvent) => void;
}

const PASTE = 'paste' as const;

/**
 * `Explain Rejection`: explains the rejection passed by a notification, else the editor selection,
 * else lets the user pick a recent rejection (newest first) or paste error text.
 */
export async function explainRejection(deps: ExplainDeps, arg?: unknown): Promise<RejectionEvent | undefined> {
  const given = rejectionEventSchema.safeParse(arg);
  if (given.success) return shown(deps, given.data);
  const selection = selectedText();
  if (selection !== undefined) return explainText(deps, selection, 'selection');
  const history = deps.history();
  if (history.length === 0) return pasteAndExplain(deps);
  const items = [
    ...history.slice(0, 30).map((event) => ({
      label: `$(warning) ${event.message.slice(0, 90)}`,
      description: `${translatedToolLabel(event.origin.source, vscode.l10n)} · ${formatLocalTime(event.at)}`,
      detail: [event.kind, event.requestId].filter(Boolean).join(' · '),
      event,
    })),
    { label: `$(clippy) ${vscode.l10n.t('Paste error text…')}`, description: vscode.l10n.t('Explain an error message you copied'), event: PASTE },
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Explain Rejection'),
    placeHolder: vscode.l10n.t('Recent rejections, newest first'),
  });
  if (!pick) return undefined;
  return pick.event === PASTE ? pasteAndExplain(deps) : shown(deps, pick.event);
}

function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selections.every((s) => s.isEmpty)) return undefined;
  return editor.selections.map((s) => editor.document.getText(s)).join('\n');
}

async function pasteAndExplain(deps: ExplainDeps): Promise<RejectionEvent | undefined> {
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Explain Rejection'),
    prompt: vscode.l10n.t('Paste the error message your AI tool showed.'),
    placeHolder: vscode.l10n.t('e.g. API Error: 400 … Third-party apps now draw from your extra usage …'),
    ignoreFocusOut: true,
  });
  return text ? explainText(deps, text, 'pasted') : undefined;
}

async function explainText(deps: ExplainDeps, text: string, source: string): Promise<RejectionEvent | undefined> {
  const rejection = deps.classify(text);
  if (!rejection) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        "Extra Usage Guard: that text doesn't look like a rejection from Claude's API. Select or paste the whole error message, including any 'API Error' prefix.",
      ),
    );
    return undefined;
  }
  return shown(deps, liveRejection(rejection, source));
}

function shown(deps: ExplainDeps, event: RejectionEvent): RejectionEvent {
  deps.show(event);
  return event;
}
