import type { z } from 'zod';
import type { linkIdSchema } from '../core/webviewProtocol';
import { h } from './dom';
import type { Send } from './page';

type LinkId = z.infer<typeof linkIdSchema>;

/** A push button; `secondary` uses the theme's secondary button colours. */
export function button(label: string, onClick: () => void, options: { secondary?: boolean; id?: string } = {}): HTMLButtonElement {
  const attrs: Record<string, string> = { type: 'button' };
  if (options.id) attrs.id = options.id;
  return h('button', { className: options.secondary ? 'button secondary' : 'button', attrs, on: { click: onClick } }, label);
}

/** A link-styled button that asks the host to open one of its known pages (the webview never holds URLs). */
export function linkButton(label: string, link: LinkId, send: Send): HTMLButtonElement {
  return h(
    'button',
    { className: 'link', attrs: { type: 'button', 'data-link': link }, on: { click: () => send({ type: 'openLink', link }) } },
    label,
    h('span', { className: 'external', attrs: { 'aria-hidden': 'true' } }, ' ↗'),
  );
}

/** A page heading and its lead paragraph. */
export function pageHeader(title: string, lead: string): HTMLElement {
  return h('header', { className: 'page-header' }, h('h1', {}, title), h('p', { className: 'lead' }, lead));
}

/** A titled section. */
export function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}

/** A text input with its label; ids keep label and hint connected for screen readers. */
export function field(id: string, label: string, input: HTMLInputElement, hint?: string): HTMLElement {
  input.id = id;
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { className: 'field' },
    h('label', { attrs: { for: id } }, label),
    input,
    hint ? h('p', { className: 'hint', attrs: { id: `${id}-hint` } }, hint) : null,
  );
}

/** A paragraph. */
export const p = (...children: (Node | string)[]): HTMLParagraphElement => h('p', {}, ...children);

/** A list from strings. */
export function list(kind: 'ol' | 'ul', items: readonly (string | Node)[], className?: string): HTMLElement {
  return h(kind, className ? { className } : {}, ...items.map((item) => h('li', {}, item)));
}

/** Inline code. */
export const code = (text: string): HTMLElement => h('code', {}, text);

/**
 * A translated sentence with inline markup (copies of `nodes`, so no listeners) in the places of its `{0}`, `{1}` …,
 * which a translation may move. Translate `message` without arguments, so its placeholders stay in it.
 */
export function withNodes(message: string, ...nodes: readonly Node[]): (Node | string)[] {
  return message.split(/\{(\d+)\}/).map((piece, i) => (i % 2 === 1 ? (nodes[Number(piece)]?.cloneNode(true) ?? `{${piece}}`) : piece));
}
