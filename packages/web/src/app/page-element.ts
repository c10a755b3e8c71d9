/**
 * Looking up the page's elements by id, checked by type, so a renamed element fails loudly at
 * start instead of silently later.
 * @module
 */

/**
 * The element with an id, checked to be of a type.
 * @throws Error when the page has no such element
 */
export function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the page has no #${id}`);
  return found;
}

/** A new element with a class and text (text is set as text, never parsed as HTML). */
export function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className !== '') made.className = className;
  if (text !== '') made.textContent = text;
  return made;
}

/** A button that runs `action` when clicked. */
export function button(text: string, action: () => void, className = ''): HTMLButtonElement {
  const made = make('button', className, text);
  made.type = 'button';
  made.addEventListener('click', action);
  return made;
}
