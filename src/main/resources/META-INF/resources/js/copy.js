// Copy to the clipboard: a "Copy" button that says whether it worked.
import { h } from './dom.js';
import { announce } from './status.js';

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the old way
    }
  }
  const area = h('textarea', { class: 'copy-buffer', readonly: true, 'aria-hidden': 'true', tabindex: '-1' });
  area.value = text;
  document.body.append(area);
  const active = document.activeElement;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (active && typeof active.focus === 'function') active.focus();
  return ok;
}

/** A button that copies `text`; `what` names it for screen readers ("Copy citation …"). */
export function copyButton(text, what) {
  const button = h('button', { type: 'button', class: 'button button--small copy-button' }, 'Copy');
  button.setAttribute('aria-label', `Copy ${what}`);
  let timer;
  button.addEventListener('click', async () => {
    const ok = await copyText(text);
    clearTimeout(timer);
    if (ok) {
      button.textContent = 'Copied ✓';
      announce('Copied');
    } else {
      button.textContent = 'Copy failed';
      announce('Could not copy. Select the citation and copy it by hand.');
    }
    timer = setTimeout(() => { button.textContent = 'Copy'; }, 2000);
  });
  return button;
}
