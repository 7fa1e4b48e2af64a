// Starts GOV.UK Frontend's components (skip link, header, service navigation, error summary,
// details) from the WebJar served by this service. A module: browsers too old for modules skip it,
// and GOV.UK Frontend's own styles then fall back to the no-JavaScript behaviour.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
