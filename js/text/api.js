// The package's public functions: the engine's (wasm-bindgen glue) with their texts rendered.
// Every entry (web, Node ESM and CommonJS, the classic build, the workers) wraps its glue here,
// so there is one renderer and one way a locale is checked.
import {
  formatDate,
  formatMessage,
  formatMoney,
  formatUi,
  hasLocale,
  hasUiLocale,
  inputError,
  loadedLocales,
  registerLocale,
  registerUiLocale,
  renderDecision,
  renderRulesets,
  renderSummary,
  resolveLocale,
} from "./render.js";
import { LOCALES } from "./vocabulary.js";

export { formatMessage, formatMoney, formatDate, formatParagraph, formatUi, registerLocale, registerUiLocale, hasLocale, hasUiLocale } from "./render.js";

const REFUSED = "the input must be a plain object of strings, numbers and booleans (no BigInt, no cycles)";

/** The JSON text of an input, refusing what JSON cannot carry (undefined, BigInt, cycles). */
function stringify(value, field) {
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (typeof text !== "string") throw inputError("invalid_type", field, REFUSED);
  return text;
}

/** The engine's answer as objects; an error it throws (the JSON of { code, field, message }) as a DisputeInputError. */
function parse(run) {
  let text;
  try {
    text = run();
  } catch (thrown) {
    if (typeof thrown !== "string") throw thrown;
    const { code, field, message } = JSON.parse(thrown);
    throw inputError(code, field, message);
  }
  return JSON.parse(text);
}

function call(fn, input) {
  const text = stringify(input, "");
  return parse(() => fn(text));
}

/** The input's locale as the engine read it (JSON drops what it cannot carry). */
function localeOf(input) {
  return input && typeof input.locale === "string" ? input.locale : undefined;
}

/**
 * The API over one engine. `fetchCatalogue(tag, kind)` resolves to a locale's catalogue object:
 * kind "messages" is the engine's (locales/<tag>.json), kind "ui" the elements' own words
 * (locales/ui/<tag>.json); the browser fetches it next to the module, Node reads it from disk. It
 * may instead register the catalogues itself and resolve to nothing (the classic build from
 * file:// adds the script locales/<tag>.js, which registers both). `uiTags`: the locales whose
 * words the package ships.
 */
export function wrap(glue, fetchCatalogue, uiTags = []) {
  const pending = new Map();

  /** One catalogue of one kind, loaded once; a failed load may be tried again. */
  function loadOnce(tag, kind, loaded, register) {
    const key = kind + "\u0000" + tag;
    if (loaded(tag)) return Promise.resolve(tag);
    if (!pending.has(key)) {
      const loading = Promise.resolve()
        .then(() => fetchCatalogue(tag, kind))
        .then((catalogue) => {
          if (catalogue) register(tag, catalogue);
          if (!loaded(tag)) throw new Error(`dispute-calc: the ${tag} catalogue did not register itself`);
          return tag;
        });
      loading.catch(() => pending.delete(key));
      pending.set(key, loading);
    }
    return pending.get(key);
  }

  /**
   * Loads a locale's catalogue once; en and zh-CN are built in. With `{ ui: true }` (the elements)
   * also the elements' own words of that locale, when the package ships them.
   */
  function loadLocale(tag, options) {
    if (!LOCALES.includes(tag)) {
      return Promise.reject(inputError("unknown_value", "locale", `locale must be one of ${LOCALES.join(", ")}; got "${tag}"`));
    }
    const jobs = [loadOnce(tag, "messages", hasLocale, registerLocale)];
    if (options && options.ui && uiTags.includes(tag)) jobs.push(loadOnce(tag, "ui", hasUiLocale, registerUiLocale));
    return Promise.all(jobs).then(() => tag);
  }

  function evaluateDispute(input) {
    return renderDecision(call(glue.evaluateDispute, input));
  }

  /** `{ text: false }` renders nothing; otherwise an item whose locale is not loaded is refused. */
  function evaluateDisputes(inputs, options) {
    const optionsText = options === undefined || options === null ? "" : stringify(options, "options");
    let text;
    const refused = [];
    try {
      text = stringify(inputs, "");
    } catch (error) {
      if (!Array.isArray(inputs)) throw error;
      // One item JSON cannot carry (a BigInt, a cycle) must not fail the batch: it is refused
      // on its own and the others are decided.
      text = "[" + inputs.map((item, i) => {
        try {
          return JSON.stringify(item) ?? "null";
        } catch {
          refused.push(i);
          return "null";
        }
      }).join(",") + "]";
    }
    const results = parse(() => glue.evaluateDisputes(text, optionsText));
    for (const i of refused) results[i] = { ok: false, error: { code: "invalid_type", field: `[${i}]`, message: REFUSED } };
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
    return renderSummary(call(glue.returnShippingSplit, input), localeOf(input));
  }

  function refundPenalty(input) {
    return renderSummary(call(glue.refundPenalty, input), localeOf(input));
  }

  /** The rulesets come from the vocabulary (the engine's own tables, generated): no call into the wasm. */
  function rulesets(locale) {
    return renderRulesets(locale);
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
    formatUi,
    loadLocale,
    registerLocale,
    registerUiLocale,
    hasLocale,
    hasUiLocale,
    loadedLocales,
    resolveLocale,
  };
}
