// Building page elements: h(tag, attrs, ...children). Data reaches the page only as text nodes or attribute values, never through innerHTML.

/** Creates an element; strings among the children become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (value === true) el.setAttribute(key, '');
      else el.setAttribute(key, String(value));
    }
  }
  appendAll(el, children);
  return el;
}

/** Appends children (nested arrays flattened; null and false skipped; anything else not a Node as text). */
export function appendAll(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** A document fragment of the children, as appendAll takes them. */
export const fragment = (...children) => appendAll(document.createDocumentFragment(), children);

export const $ = (selector, root = document) => root.querySelector(selector);

/** Text for screen readers only. */
export const srOnly = (text) => h('span', { class: 'visually-hidden' }, text);
