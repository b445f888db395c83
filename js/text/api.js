// The package's public functions: the engine's (wasm-bindgen glue) with their texts rendered.
// Every entry (web, Node ESM and CommonJS, the classic build, the workers) wraps its glue here,
// so there is one renderer and one way a locale is checked.
import {
  formatDate,
  formatMessage,
  formatMoney,
  hasLocale,
  inputError,
  loadedLocales,
  registerLocale,
  renderDecision,
  renderRulesets,
  renderSummary,
  resolveLocale,
} from "./render.js";
import { LOCALES } from "./vocabulary.js";

export { formatMessage, formatMoney, formatDate, formatParagraph, registerLocale, hasLocale } from "./render.js";

/**
 * The API over one engine. `fetchCatalogue(tag)` resolves to a locale's catalogue object (the
 * browser fetches locales/<tag>.json next to the module; Node reads it from disk).
 */
export function wrap(glue, fetchCatalogue) {
  const pending = new Map();

  /** Loads a locale's catalogue once; en and zh-CN are built in. */
  function loadLocale(tag) {
    if (hasLocale(tag)) return Promise.resolve(tag);
    if (!LOCALES.includes(tag)) {
      return Promise.reject(inputError("unknown_value", "locale", `locale must be one of ${LOCALES.join(", ")}; got "${tag}"`));
    }
    if (!pending.has(tag)) {
      const loading = Promise.resolve()
        .then(() => fetchCatalogue(tag))
        .then((catalogue) => {
          registerLocale(tag, catalogue);
          return tag;
        });
      // A failed load may be tried again.
      loading.catch(() => pending.delete(tag));
      pending.set(tag, loading);
    }
    return pending.get(tag);
  }

  function evaluateDispute(input) {
    return renderDecision(glue.evaluateDispute(input));
  }

  /** `{ text: false }` renders nothing; otherwise an item whose locale is not loaded is refused. */
  function evaluateDisputes(inputs, options) {
    const results = glue.evaluateDisputes(inputs, options);
    if (options && options.text === false) return results;
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      if (!r.ok) continue;
      try {
        renderDecision(r.value);
      } catch (error) {
        if (error.name !== "DisputeInputError") throw error;
        results[i] = { ok: false, error: { code: error.code, field: `[${i}].${error.field}`, message: error.message } };
      }
    }
    return results;
  }

  function returnShippingSplit(input) {
    return renderSummary(glue.returnShippingSplit(input), input && input.locale);
  }

  function refundPenalty(input) {
    return renderSummary(glue.refundPenalty(input), input && input.locale);
  }

  function rulesets(locale) {
    const list = glue.rulesets(locale);
    return renderRulesets(list, locale);
  }

  return {
    evaluateDispute,
    evaluateDisputes,
    returnShippingSplit,
    refundPenalty,
    rulesets,
    formatMessage,
    formatMoney,
    formatDate,
    loadLocale,
    registerLocale,
    loadedLocales,
    resolveLocale,
  };
}
