/**
 * DOM building without HTML strings. Text from graph files (names, evidence, article text) only ever
 * reaches the page as text nodes, so markup in it is shown literally and never runs.
 */
export type Child = Node | string | number | null | undefined | false;
export type Props = Record<string, string | number | boolean | undefined>;

const FORBIDDEN = /^(innerHTML|outerHTML|srcdoc|on.*)$/i;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (FORBIDDEN.test(name)) throw new Error(`el(${tag}): refusing to set ${name}`);
    if (name === 'className') element.className = String(value);
    else if (name === 'style') element.setAttribute('style', String(value));
    else if (
      name in element &&
      typeof (element as unknown as Record<string, unknown>)[name] !== 'function'
    ) {
      (element as unknown as Record<string, unknown>)[name] = value;
    } else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child))
        : child,
    );
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`viewer: missing element #${id} in index.html`);
  return element as T;
}
