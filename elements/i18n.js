// The elements' own words: locales/ui/<tag>.json, flat ids ("outcomes.reject") to ICU
// MessageFormat, rendered by the package's one renderer (formatUi, the same MessageFormat and the
// same registry of locales as the engine's texts). English and Chinese are built into the element
// bundle and registered here; the words of another locale load with
// `loadLocale(tag, { ui: true })` when the package ships them (locales/ui/<tag>.json, or the
// classic script locales/<tag>.js from file://). A locale without its own words yet shows the
// English ones, while the engine's texts (summary, checks, reply) come in that locale.
import en from "../locales/ui/en.json";
import zhCN from "../locales/ui/zh-CN.json";
import { text } from "./wasm.js";
import { minorToText } from "./util.js";

export { languageName, languageNameIn } from "../js/text/language-names.js";

text.registerUiLocale("en", en);
text.registerUiLocale("zh-CN", zhCN);

/**
 * The words of a locale: `t(id, args)` is the text (the id itself for an id no catalogue has);
 * `t.has(id)` whether the English source has the id; `t.opt(id, args)` the text or undefined;
 * `t.locale` the element's locale; `t.lang` the language the words are in (the locale, or "en"
 * while the locale has no words of its own).
 */
export function words(locale) {
  const t = (id, args) => {
    const said = text.formatUi(id, args, locale);
    return said === undefined ? id : said;
  };
  t.has = (id) => Object.prototype.hasOwnProperty.call(en, id);
  t.opt = (id, args) => (t.has(id) ? t(id, args) : undefined);
  t.locale = locale;
  t.lang = text.hasUiLocale(locale) ? locale : "en";
  return t;
}

/**
 * Minor units of a currency as the locale writes money ("US$1,299.00", "1 299,00 $US"): the
 * renderer's formatMoney. A code Intl refuses (the engine refuses it too) is shown as typed.
 */
export function money(minor, currency, locale) {
  try {
    return text.formatMoney(minor, currency, locale);
  } catch {
    return minorToText(minor, currency) + " " + currency;
  }
}

/** A date or date-time as the locale writes it (the renderer's formatDate); "medium" for columns. */
export function day(stamp, locale, options) {
  return text.formatDate(String(stamp), locale, options);
}

// What the elements have loaded, for the whole page (every element asks once): "ui:<tag>" for a
// locale whose catalogue and words are there, "<tag>" for one whose catalogue is.
const ready = new Set(["en", "zh-CN", "ui:en", "ui:zh-CN"]);
const loading = new Map();

function load(key, tag, options) {
  if (!loading.has(key)) {
    const p = text.loadLocale(tag, options).then(() => {
      ready.add(key);
      ready.add(tag);
    });
    // A failed load may be tried again.
    p.catch(() => loading.delete(key));
    loading.set(key, p);
  }
  return loading.get(key);
}

/**
 * Loads what the elements need: for each locale of `speaks` (an element's own) the engine's
 * catalogue and the elements' words where the package has them (`loadLocale(tag, { ui: true })`),
 * for each of `writes` (a reply's language) the engine's catalogue only. Returns null when all
 * are there already (the element goes on at once), else a promise that settles when they are.
 */
export function ensureLocales(speaks, writes = []) {
  const jobs = [];
  for (const tag of new Set(speaks)) if (tag && !ready.has("ui:" + tag)) jobs.push(load("ui:" + tag, tag, { ui: true }));
  for (const tag of new Set(writes)) if (tag && !ready.has(tag) && !speaks.includes(tag)) jobs.push(load(tag, tag));
  return jobs.length ? Promise.all(jobs) : null;
}
