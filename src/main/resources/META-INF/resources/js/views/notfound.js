// The "Page not found" view, for any address the router does not know; its content is static in index.html.

export function createNotFoundView() {
  return {
    name: 'notfound',
    nav: null,
    title: () => 'Page not found — Verbatim',
  };
}
