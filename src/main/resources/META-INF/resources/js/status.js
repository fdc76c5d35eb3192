// Loading, error and announcement states shared by the views.
import { ApiError } from './api.js';
import { $, h } from './dom.js';

/** Says something to screen readers without moving focus. */
export function announce(message) {
  const region = $('#announcer');
  region.textContent = '';
  // A fresh text node after a tick makes repeated messages ("Copied", "Copied") be read again.
  setTimeout(() => { region.textContent = message; }, 50);
}

export function showLoading(statusEl, message) {
  statusEl.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ', message);
  statusEl.classList.add('status--loading');
  statusEl.classList.remove('status--quiet');
}

export function clearStatus(statusEl) {
  statusEl.replaceChildren();
  statusEl.classList.remove('status--loading', 'status--quiet');
}

/** An error in place of content; a retry button only where trying again can help (not for 4xx). */
export function errorBox(error, retry) {
  const status = error instanceof ApiError ? error.status : 0;
  const clientError = status >= 400 && status < 500;
  const lead = status === 404 ? 'Not found. ' : clientError ? 'Cannot show this. ' : 'Something went wrong. ';
  return h('div', { class: 'notice notice--error', role: 'alert' },
    h('p', null, h('strong', null, lead), error.message || String(error)),
    retry && !clientError
      ? h('p', null, h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again'))
      : null);
}
