// Entry point of the Verbatim web page: creates the views, wires them together and starts the router. Plain ES modules, no build step.
import { $ } from './dom.js';
import { startRouter } from './router.js';
import { createChecksView } from './views/checks.js';
import { createDuplicatesView } from './views/duplicates.js';
import { createLookupView } from './views/lookup.js';
import { createNotFoundView } from './views/notfound.js';
import { createQuotationView } from './views/quotation.js';
import { createReviewView } from './views/review.js';
import { createVolumesView } from './views/volumes.js';
import { createWorksPageView } from './views/works-page.js';
import { createWorksVolumesView } from './views/works-volumes.js';

function setup() {
  const lookup = createLookupView();
  const views = [
    lookup,
    createWorksVolumesView(),
    createWorksPageView(),
    createVolumesView(),
    createDuplicatesView(),
    createChecksView(),
    createQuotationView({ checkWording: (text) => lookup.check(text) }),
    createReviewView(),
    createNotFoundView(),
  ];
  // The skip link would otherwise change the hash and be taken for a route.
  $('[data-skip]').addEventListener('click', (e) => {
    e.preventDefault();
    $('#main').focus();
  });
  startRouter(views);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', setup);
} else {
  setup();
}
