// The one wasm loader: a single instance per page, however many elements, started on first use.
// "dispute-calc" is the package's own web build; the element build points it at ../web/ by a
// relative path, so an import map or a bundler needs no entry for it.
import init, * as api from "dispute-calc";

let ready = null;
const rulesetLists = new Map();

/** Resolves to the API (evaluateDispute, returnShippingSplit, refundPenalty, rulesets). */
export function loadApi() {
  if (!ready) ready = init().then(() => api);
  return ready;
}

/**
 * The renderer's functions that need no wasm, usable at once: the elements' words, money and
 * dates through Intl, and loading a locale's catalogues.
 */
export const text = {
  formatUi: api.formatUi,
  formatMoney: api.formatMoney,
  formatDate: api.formatDate,
  registerUiLocale: api.registerUiLocale,
  hasUiLocale: api.hasUiLocale,
  hasLocale: api.hasLocale,
  loadLocale: api.loadLocale,
};

/** `rulesets(locale)`, asked once per locale for the whole page. */
export function rulesetsIn(loaded, locale) {
  if (!rulesetLists.has(locale)) rulesetLists.set(locale, loaded.rulesets(locale));
  return rulesetLists.get(locale);
}
