/**
 * The years the slider and the progress chart span at least (UX.md: 2019…2026; the province
 * began in 2019). In a module of their own so the dashboard's bar, drawn with the first frame,
 * does not pull the status engine (and prepare, proj4) into the page's first JS.
 */
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2026;
