// The Verbatim API: the only module that calls fetch; one function per endpoint; every failure becomes an ApiError.

/** A failed call: status 0 when the service could not be reached; detail from the problem+json answer. */
export class ApiError extends Error {
  constructor(status, detail, field) {
    super(detail);
    this.status = status;
    this.field = field ?? null;
  }
}

/** Calls the API (same origin, relative to the page); answers parsed JSON or throws ApiError. */
async function call(path, { method = 'GET', body, signal, adminKey } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (adminKey) headers['X-Admin-Key'] = adminKey;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Could not reach the Verbatim service. Check the connection and try again.');
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (type.includes('json')) {
    try {
      data = await response.json();
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      data = null;
    }
  }
  if (!response.ok) {
    const detail = data && typeof data.detail === 'string' && data.detail.trim()
      ? data.detail
      : `The service answered ${response.status}${response.statusText ? ' ' + response.statusText : ''}.`;
    throw new ApiError(response.status, detail, data && data.field);
  }
  if (data === null) {
    throw new ApiError(response.status, 'The service sent an answer this page cannot read.');
  }
  return data;
}

/** POST /api/v1/lookup: the verdict on a text and up to `limit` matches. */
export const lookup = (text, limit, signal) =>
  call('api/v1/lookup', { method: 'POST', body: { text, limit }, signal });

/** GET /api/v1/volumes: one page of the cited volumes of the Works with counts. */
export const volumes = (page, size) => call(`api/v1/volumes?page=${page}&size=${size}`);

/** Every cited volume (the edition has 45, so one page of 200 holds them; the loop is for safety). */
export const allVolumes = () => allPages(volumes);

/** GET /api/v1/volumes/{volume}/citations: one page of a volume's citations, in page order. */
export const volumeCitations = (volume, page, size) =>
  call(`api/v1/volumes/${encodeURIComponent(volume)}/citations?page=${page}&size=${size}`);

/** GET /api/v1/duplicates: one page of duplicate clusters. */
export const duplicates = (page, size) => call(`api/v1/duplicates?page=${page}&size=${size}`);

/** GET /api/v1/citation-checks: one page of memoir citations checked against the Works, of one outcome or all. */
export const citationChecks = (outcome, page, size) => {
  const query = new URLSearchParams({ page: String(page), size: String(size) });
  if (outcome) query.set('outcome', outcome);
  return call(`api/v1/citation-checks?${query}`);
};

/** GET /api/v1/quotations/{id}: one stored quotation. */
export const quotation = (id) => call(`api/v1/quotations/${encodeURIComponent(id)}`);

/** GET /api/v1/works/volumes: one page of the volumes of the Collected Works the service holds. */
export const worksVolumes = (page, size) => call(`api/v1/works/volumes?page=${page}&size=${size}`);

/** Every volume of the Works the service holds: GET /api/v1/works/volumes, page after page. */
export const allWorksVolumes = () => allPages(worksVolumes, 100);

/** Every item of a paged list, page after page (at most ten pages: these lists are short). */
async function allPages(fetchPage, size = 200) {
  const items = [];
  for (let page = 0; page < 10; page++) {
    const data = await fetchPage(page, size);
    const got = Array.isArray(data.items) ? data.items : [];
    items.push(...got);
    if (!got.length || items.length >= (Number(data.total) || 0)) break;
  }
  return items;
}

/** GET /api/v1/works/volumes/{volume}/pages/{page}: one printed page of the Works with its stretches and quotations. */
export const worksPage = (volume, page) =>
  call(`api/v1/works/volumes/${encodeURIComponent(volume)}/pages/${encodeURIComponent(page)}`);

/** GET /api/v1/review: one page of the review queue, most doubtful first; `reason` narrows it (or '' for all). */
export const reviewQueue = (page, size, reason) =>
  call(`api/v1/review?page=${page}&size=${size}${reason ? `&reason=${encodeURIComponent(reason)}` : ''}`);

/** GET /api/v1/memoirs/{id}/text: a stretch of a memoir's text, widened to its paragraphs. */
export const memoirParagraph = (memoirId, start, end) =>
  call(`api/v1/memoirs/${encodeURIComponent(memoirId)}/text?start=${start}&end=${end}&paragraph=true`);

/** PATCH /api/v1/quotations/{id}: a reviewer's decision, under the admin key. */
export const decide = (id, decision, adminKey) =>
  call(`api/v1/quotations/${encodeURIComponent(id)}`, { method: 'PATCH', body: decision, adminKey });

/** GET /api/v1/quotations/{id}/history: a quotation's review and every change to it. */
export const reviewHistory = (id) => call(`api/v1/quotations/${encodeURIComponent(id)}/history`);
