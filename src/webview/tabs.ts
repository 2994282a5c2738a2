import type { PanelPage } from '../core/webviewProtocol';
import { h } from './dom';
import type { Page } from './page';

/** A vertical tab list with roving focus: arrows move and select, Home/End jump. */
export function createTabs(list: HTMLElement, container: HTMLElement, pages: readonly Page[], onSelect: (page: PanelPage) => void): { select(page: PanelPage): void } {
  const tabs = pages.map((page) =>
    h('button', {
      className: 'tab',
      attrs: { type: 'button', role: 'tab', id: `tab-${page.id}`, 'aria-controls': `panel-${page.id}`, 'aria-selected': 'false', tabindex: '-1' },
      on: { click: () => choose(page.id, false) },
    }, page.title),
  );
  const panels = pages.map((page) =>
    h('section', { className: 'tabpanel', attrs: { role: 'tabpanel', id: `panel-${page.id}`, 'aria-labelledby': `tab-${page.id}`, tabindex: '0' } }, page.root),
  );
  list.append(...tabs);
  container.append(...panels);
  const select = (id: PanelPage): void => {
    pages.forEach((page, i) => {
      const selected = page.id === id;
      tabs[i]?.setAttribute('aria-selected', String(selected));
      tabs[i]?.setAttribute('tabindex', selected ? '0' : '-1');
      if (panels[i]) panels[i].hidden = !selected;
    });
  };
  const choose = (id: PanelPage, focus: boolean): void => {
    select(id);
    if (focus) tabs[pages.findIndex((p) => p.id === id)]?.focus();
    onSelect(id);
  };
  list.addEventListener('keydown', (event) => {
    const index = tabs.findIndex((t) => t === document.activeElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: pages.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const page = pages[(next + pages.length) % pages.length];
    if (page) choose(page.id, true);
  });
  return { select };
}
