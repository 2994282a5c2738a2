import * as l10n from '@vscode/l10n';
import type { PanelState } from '../../core/webviewProtocol';
import { h } from '../dom';
import type { Send } from '../page';
import { code, linkButton, p, section, withNodes } from '../widgets';

/** Where each other tool takes the key; looked up when the page is built, after the translations are loaded. */
function otherTools(): readonly (readonly [string, string])[] {
  return [
    ['Cline', l10n.t('Settings → API Provider: Anthropic → paste the key into “Anthropic API Key”.')],
    [l10n.t('Roo Code and Kilo Code'), l10n.t('Settings → Providers → pick or add a profile → API Provider: Anthropic → “Anthropic API Key”.')],
    ['Continue', l10n.t('In ~/.continue/config.yaml, add a model with provider: anthropic and apiKey set to your key (a secret reference is better than the plain key).')],
    ['Cursor', l10n.t('Cursor Settings → Models → Anthropic API Key → Verify. It covers chat models only, and requests still pass through Cursor.')],
  ];
}

/** Where each tool takes the key; only Claude Code's terminal variable is set by us, and only on request. */
export function toolInstructions(send: Send): { root: HTMLElement; update(state: PanelState): void } {
  const toggle = h('input', {
    attrs: { type: 'checkbox', id: 'key-terminals' },
    on: { change: () => send({ type: 'provideKeyToTerminals', enabled: toggle.checked }) },
  });
  const needsKey = h('span', { className: 'hint', attrs: { id: 'key-terminals-hint' } }, l10n.t('(save a key first)'));
  toggle.setAttribute('aria-describedby', 'key-terminals-hint');
  const root = section(
    l10n.t('Use it in your tool'),
    h('h3', {}, 'Claude Code'),
    p(l10n.t('An API key takes precedence over your subscription login in Claude Code. Turn this on, open a new terminal, run claude, and check with /status which credential it uses.')),
    h('div', { className: 'check' }, toggle, h('label', { attrs: { for: 'key-terminals' } }, l10n.t('Provide the key to new integrated terminals')), needsKey),
    p(l10n.t('Turn it off and open a new terminal to go back to your subscription (then /login if asked). Terminals already open keep what they had.')),
    h(
      'p',
      {},
      ...withNodes(
        l10n.t('Rather not put the key into terminal environments? Set {0} in {1} to a script that prints the key from your system keychain; Claude Code runs it when it needs the key.'),
        code('apiKeyHelper'),
        code('~/.claude/settings.json'),
      ),
      ' ',
      linkButton(l10n.t('Claude Code authentication'), 'claude-code-auth', send),
    ),
    ...otherTools().flatMap(([tool, where]) => [h('h3', {}, tool), p(where)]),
    h('p', { className: 'hint' }, l10n.t('Extra Usage Guard never changes these tools’ settings: you paste the key there yourself.')),
  );
  return {
    root,
    update(state) {
      toggle.checked = state.keyInTerminals;
      toggle.disabled = !state.hasApiKey;
      needsKey.hidden = state.hasApiKey;
    },
  };
}
