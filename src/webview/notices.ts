import * as l10n from '@vscode/l10n';
import { h } from './dom';

const MAX_NOTICES = 2;
const INFO_SECONDS = 8;

/** The live region for notices from the host: newest last, each dismissible, errors stay until the next notice. */
export function createNotices(region: HTMLElement): { show(level: 'info' | 'error', text: string): void } {
  return {
    show(level, text) {
      const notice = h('div', { className: `notice ${level}` }, h('span', { className: 'notice-text' }, text));
      const close = h('button', { className: 'icon', attrs: { type: 'button', 'aria-label': l10n.t('Dismiss') }, on: { click: () => notice.remove() } }, '×');
      notice.append(close);
      for (const old of region.querySelectorAll('.notice.error')) old.remove();
      region.append(notice);
      while (region.children.length > MAX_NOTICES) region.firstElementChild?.remove();
      if (level === 'info') setTimeout(() => notice.remove(), INFO_SECONDS * 1000);
    },
  };
}
