// The loader of the classic-script build: the wasm is inlined and already compiling in the same
// file (DisputeCalc.ready). Calls go through the DisputeCalc object, so a page that wraps one of
// its functions is heard.
const rulesetLists = new Map();

export function loadApi() {
  return globalThis.DisputeCalc.ready;
}

// The renderer's functions that need no wasm: DisputeCalc has them before `ready`.
const call = (fn) => (...args) => globalThis.DisputeCalc[fn](...args);
export const text = {
  formatUi: call("formatUi"),
  formatMoney: call("formatMoney"),
  formatDate: call("formatDate"),
  registerUiLocale: call("registerUiLocale"),
  hasUiLocale: call("hasUiLocale"),
  hasLocale: call("hasLocale"),
  loadLocale: call("loadLocale"),
};

export function rulesetsIn(loaded, locale) {
  if (!rulesetLists.has(locale)) rulesetLists.set(locale, loaded.rulesets(locale));
  return rulesetLists.get(locale);
}
