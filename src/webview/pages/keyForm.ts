import * as l10n from '@vscode/l10n';
import { apiKeyShapeProblem } from '../../core/apiKeyShape';
import type { KeyCheckResult, PanelState } from '../../core/webviewProtocol';
import { h, setShown } from '../dom';
import type { Send } from '../page';
import { button, field } from '../widgets';

/** The masked key field with Save, Check and Remove; the key only ever travels to the host. */
export function createKeyForm(send: Send): { root: HTMLElement; update(state: PanelState): void; onKeyCheck(result: KeyCheckResult): void } {
  const input = h('input', { attrs: { type: 'password', autocomplete: 'off', spellcheck: 'false', placeholder: 'sk-ant-…' } });
  const problem = h('p', { className: 'error', attrs: { id: 'api-key-problem', role: 'alert' } });
  const saved = h('p', { attrs: { id: 'api-key-saved' } });
  const result = h('p', { className: 'result', attrs: { id: 'key-check-result', role: 'status' } });
  const showResult = (text: string, className = 'result'): void => {
    result.textContent = text;
    result.className = className;
  };
  const submit = (event: Event): void => {
    event.preventDefault();
    const key = input.value.trim();
    problem.textContent = apiKeyShapeProblem(key, l10n) ?? '';
    if (problem.textContent) return;
    input.value = '';
    showResult('');
    send({ type: 'saveApiKey', key });
  };
  const check = button(l10n.t('Check key'), () => (showResult(l10n.t('Checking…')), send({ type: 'checkApiKey' })), { id: 'api-key-check', secondary: true });
  const remove = button(l10n.t('Remove key'), () => send({ type: 'removeApiKey' }), { id: 'api-key-remove', secondary: true });
  const root = h(
    'form',
    { className: 'card inline-form', attrs: { 'aria-label': l10n.t('Save an API key') }, on: { submit } },
    field('api-key', l10n.t('Anthropic API key'), input, l10n.t('Stored only in the editor secret storage. It is never shown again, written to settings, or sent anywhere but the Anthropic API when you check it.')),
    problem,
    h('div', { className: 'actions' }, h('button', { className: 'button', attrs: { type: 'submit', id: 'api-key-save' } }, l10n.t('Save key')), check, remove),
    saved,
    result,
  );
  return {
    root,
    update(state) {
      saved.textContent = state.hasApiKey ? l10n.t('A key is saved in the editor secret storage.') : l10n.t('No key saved.');
      check.disabled = !state.hasApiKey;
      setShown(remove, state.hasApiKey);
      if (!state.hasApiKey) showResult('');
    },
    onKeyCheck: (outcome) => showResult(outcome.message, outcome.status === 'ok' ? 'result ok' : 'result bad'),
  };
}
