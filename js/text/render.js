// The one renderer of dispute-calc's texts. The engine (wasm) returns messages, `{ id, args }`
// with typed arguments; this module writes them in a locale with the catalogues
// (locales/<tag>.json, ICU MessageFormat, through intl-messageformat) and the platform's `Intl`:
// money with Intl.NumberFormat's currency style, dates with Intl.DateTimeFormat, plurals with
// Intl.PluralRules. Node, browsers, workers, the classic build and the elements all use it.
//
// One registry of locales: each tag holds the engine's catalogue and, beside it, the elements'
// own words (locales/ui/<tag>.json, registered with registerUiLocale and rendered by formatUi;
// in the compiled cache their ids carry the prefix "ui."). Both go through the same
// MessageFormat implementation.
import { IntlMessageFormat } from "intl-messageformat";
import { LOCALES, MESSAGE_IDS, RULESETS, decimalsOf } from "./vocabulary.js";
import en from "../../locales/en.json";
import zhCN from "../../locales/zh-CN.json";

// intl-messageformat resolves the locale of every message it compiles through
// Intl.NumberFormat.supportedLocalesOf, whose first call lists every locale the browser has (15 to
// 30 ms at a page's start). The engine's eleven tags are known to Intl, so each becomes its
// Intl.Locale directly, once. The library is bundled into this module: no other user sees this.
const resolvedLocales = new Map();
const resolveOtherLocale = IntlMessageFormat.resolveLocale;
IntlMessageFormat.resolveLocale = (locales) => {
  if (typeof locales !== "string" || !LOCALES.includes(locales)) return resolveOtherLocale(locales);
  if (!resolvedLocales.has(locales)) resolvedLocales.set(locales, new Intl.Locale(locales));
  return resolvedLocales.get(locales);
};

/** tag -> { messages: the engine's catalogue, ui: the elements' words }, either may be missing. */
const registry = new Map([
  ["en", { messages: en, ui: null }],
  ["zh-CN", { messages: zhCN, ui: null }],
]);

/** The prefix of the elements' words in the compiled cache (no engine message id has it). */
const UI = "ui.";

/** An input error, shaped like the engine's: `name`, `code`, `field`, `message`. */
export function inputError(code, field, message) {
  const error = new Error(message);
  error.name = "DisputeInputError";
  error.code = code;
  error.field = field;
  return error;
}

function checkedEntry(tag, catalogue, what) {
  if (!LOCALES.includes(tag)) {
    throw inputError("unknown_value", "locale", `locale must be one of ${LOCALES.join(", ")}; got "${tag}"`);
  }
  if (!catalogue || typeof catalogue !== "object") {
    throw inputError("invalid_type", "locale", `the ${what} of "${tag}" must be an object of message ids to messages`);
  }
  let entry = registry.get(tag);
  if (!entry) registry.set(tag, (entry = { messages: null, ui: null }));
  return entry;
}

/** Forgets the compiled messages of a tag: the engine's (`ui` false) or the elements' words. */
function forget(tag, ui) {
  const prefix = tag + "\u0000";
  for (const key of compiled.keys()) {
    if (key.startsWith(prefix) && key.startsWith(prefix + UI) === ui) compiled.delete(key);
  }
}

/** Adds (or replaces) a locale's catalogue: a flat object of message id to ICU message. */
export function registerLocale(tag, catalogue) {
  checkedEntry(tag, catalogue, "catalogue").messages = catalogue;
  forget(tag, false);
}

/**
 * Adds (or replaces) the elements' own words in a locale (locales/ui/<tag>.json: a flat object of
 * id to ICU message, ids such as "outcomes.reject"). The elements register en and zh-CN
 * themselves and load the others with `loadLocale(tag, { ui: true })`; a host may register words
 * for a language the package has none for yet.
 */
export function registerUiLocale(tag, catalogue) {
  checkedEntry(tag, catalogue, "UI catalogue").ui = catalogue;
  forget(tag, true);
}

/** Whether the elements' words of a locale are registered. */
export function hasUiLocale(tag) {
  return !!(registry.get(tag) && registry.get(tag).ui);
}

/** Whether a locale's catalogue is loaded (en and zh-CN always are). */
export function hasLocale(tag) {
  return !!(registry.get(tag) && registry.get(tag).messages);
}

/** The locales whose catalogues are loaded. */
export function loadedLocales() {
  return [...registry.keys()].filter(hasLocale);
}

/**
 * The tag to render in: `en` when none is given. A known tag whose catalogue is not loaded is a
 * `locale_not_loaded` error naming the field; an unknown one is `unknown_value`.
 */
export function resolveLocale(tag, field = "locale") {
  const t = tag == null ? "en" : tag;
  if (typeof t !== "string") throw inputError("invalid_type", field, `${field} must be a locale tag such as "en" or "zh-CN"`);
  if (hasLocale(t)) return t;
  if (LOCALES.includes(t)) {
    throw inputError(
      "locale_not_loaded",
      field,
      `${field} "${t}" is not loaded: call \`await loadLocale("${t}")\` first (modules), or add the ` +
        `script locales/${t}.js after the global build (pages opened from file://)`,
    );
  }
  throw inputError("unknown_value", field, `${field} must be one of ${LOCALES.map((l) => `"${l}"`).join(", ")}; got "${t}"`);
}

/** A known tag (or `en`), for what Intl writes alone: money and dates need no catalogue. */
function knownLocale(tag) {
  if (tag == null) return "en";
  if (typeof tag !== "string") throw inputError("invalid_type", "locale", "locale must be a locale tag such as \"en\" or \"zh-CN\"");
  if (LOCALES.includes(tag)) return tag;
  throw inputError("unknown_value", "locale", `locale must be one of ${LOCALES.map((l) => `"${l}"`).join(", ")}; got "${tag}"`);
}

const compiled = new Map();
const numberFormats = new Map();
const dateFormats = new Map();

/**
 * Written dates and amounts, by locale and value: a decision names the same few days and
 * amounts in many messages, and Intl's format is the renderer's dearest step (a quarter of a
 * decision's time before this cache). Emptied when full, so memory stays bounded.
 */
const written = new Map();
const WRITTEN_MAX = 4096;
function remember(key, make) {
  let text = written.get(key);
  if (text === undefined) {
    if (written.size >= WRITTEN_MAX) written.clear();
    text = make();
    written.set(key, text);
  }
  return text;
}

function formatter(tag, id) {
  const key = tag + "\u0000" + id;
  let f = compiled.get(key);
  if (!f) {
    const entry = registry.get(tag);
    const table = id.startsWith(UI) ? entry && entry.ui : entry && entry.messages;
    const source = table ? table[id.startsWith(UI) ? id.slice(UI.length) : id] : undefined;
    if (typeof source !== "string") return null;
    // ignoreTag: a "<" in a message is text, never markup.
    f = new IntlMessageFormat(source, tag, undefined, { ignoreTag: true, formatters: FORMATTERS });
    compiled.set(key, f);
  }
  return f;
}

/**
 * The Intl objects intl-messageformat asks for while it formats (a plural's rules, a number),
 * kept by locale and options. Its own memoizer serializes its arguments to JSON on every call,
 * a twentieth of a decision's time.
 */
const intlObjects = new Map();
function intlObject(make, kind, locales, options) {
  // A plural's options are only its type; a number's are usually none.
  const opts = options === undefined ? "" : kind === "p" ? options.type ?? "" : JSON.stringify(options);
  const key = `${kind}\u0000${locales}\u0000${opts}`;
  let object = intlObjects.get(key);
  if (!object) {
    object = make(locales, options);
    intlObjects.set(key, object);
  }
  return object;
}
const FORMATTERS = {
  getNumberFormat: (locales, options) => intlObject((l, o) => new Intl.NumberFormat(l, o), "n", locales, options),
  getDateTimeFormat: (locales, options) => intlObject((l, o) => new Intl.DateTimeFormat(l, o), "d", locales, options),
  getPluralRules: (locales, options) => intlObject((l, o) => new Intl.PluralRules(l, o), "p", locales, options),
};

/** `amount` minor units of `currency`, written as the locale writes money ("CN¥199.00", "199,00 CNY"). */
export function formatMoney(amount, currency, locale = "en") {
  const tag = knownLocale(locale);
  return remember(`${tag}\u0000${currency}\u0000${amount}`, () => writeMoney(amount, currency, tag));
}

function writeMoney(amount, currency, tag) {
  const digits = decimalsOf(currency);
  const key = tag + "\u0000" + currency;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, f);
  }
  return f.format(decimalString(amount, digits));
}

/** Minor units as an exact decimal string (Intl formats strings without going through a float). */
function decimalString(amount, digits) {
  const negative = amount < 0;
  const s = String(Math.abs(amount)).padStart(digits + 1, "0");
  const whole = digits ? s.slice(0, s.length - digits) + "." + s.slice(s.length - digits) : s;
  return negative ? "-" + whole : whole;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A date ("2024-03-08") or date-time with offset as the locale writes it: the day in full
 * ("March 8, 2024", "8. März 2024", "2024年3月8日"); a time is the clock time in the stamp's own
 * offset, with the offset ("9:30 AM UTC+8"). `options.dateStyle` ("long", the default, "medium" or
 * "short") is Intl's: "medium" is the compact form a timeline or a table column needs ("Mar 8,
 * 2024", "08.03.2024"); `options.time: false` leaves a date-time's clock time out.
 */
export function formatDate(stamp, locale = "en", options) {
  const tag = knownLocale(locale);
  const style = options && (options.dateStyle === "medium" || options.dateStyle === "short") ? options.dateStyle : "long";
  const time = !(options && options.time === false);
  return remember(`${tag}\u0000${style}\u0000${time}\u0000${stamp}`, () => writeDate(stamp, tag, style, time));
}

function writeDate(stamp, tag, style, time) {
  const m = DATE.exec(stamp);
  if (!m) return String(stamp);
  const [, y, mo, d, h, mi, s, offset] = m;
  const withTime = h !== undefined && time;
  const key = tag + "\u0000" + style + (withTime ? "\u0000t" : "\u0000d");
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, withTime
      ? { dateStyle: style, timeStyle: "short", timeZone: "UTC" }
      : { dateStyle: style, timeZone: "UTC" });
    dateFormats.set(key, f);
  }
  const wall = Date.UTC(+y, +mo - 1, +d, withTime ? +h : 0, withTime ? +mi : 0, withTime ? +(s || 0) : 0);
  const text = f.format(wall);
  return withTime ? `${text} ${utcOffset(offset)}` : text;
}

function utcOffset(offset) {
  if (offset === "Z" || offset === "+00:00" || offset === "-00:00") return "UTC";
  const [hh, mm] = offset.slice(1).split(":");
  return `UTC${offset[0]}${Number(hh)}${mm === "00" ? "" : ":" + mm}`;
}

function isMoney(v) {
  return v && typeof v === "object" && typeof v.amount === "number" && typeof v.currency === "string";
}

function isMessage(v) {
  return v && typeof v === "object" && typeof v.id === "string";
}

function argValue(v, tag) {
  if (typeof v === "string") return DATE.test(v) ? formatDate(v, tag) : v;
  if (isMoney(v)) return formatMoney(v.amount, v.currency, tag);
  if (isMessage(v)) return render(v, tag);
  return v;
}

function render(message, tag) {
  const f = formatter(tag, message.id);
  if (!f) throw inputError("unknown_value", "id", `no message "${message.id}" in the "${tag}" catalogue`);
  const values = {};
  const args = message.args || {};
  for (const name in args) values[name] = argValue(args[name], tag);
  return String(f.format(values));
}

/**
 * One message, `{ id, args }`, written in `locale` (default "en"). Money is `{ amount, currency }`
 * in minor units, dates are date strings, nested messages are messages.
 */
export function formatMessage(message, locale = "en") {
  if (!isMessage(message)) throw inputError("invalid_type", "message", "formatMessage takes a message { id, args }");
  return render(message, resolveLocale(locale));
}

/**
 * One of the elements' own words (`id` as in locales/ui/<tag>.json, "outcomes.reject") in
 * `locale`. A locale whose words are not registered (or lack the id) gets the English word, as
 * the README says: the elements are usable in every locale the engine speaks before their own
 * words are translated. `args` are numbers (plurals, `{n, number}`) and text; money and dates
 * are written by formatMoney and formatDate first. Undefined when English lacks the id too.
 */
export function formatUi(id, args, locale = "en") {
  const entry = typeof locale === "string" ? registry.get(locale) : null;
  const tag = entry && entry.ui && typeof entry.ui[id] === "string" ? locale : "en";
  const f = formatter(tag, UI + id);
  if (!f) return undefined;
  return String(f.format(args || {}));
}

/** Languages that write sentences without a space between them. */
const NO_SPACE = new Set(["zh-CN", "ja"]);

/** Several messages as one paragraph, joined as the language joins sentences. */
export function formatParagraph(messages, locale = "en") {
  const tag = resolveLocale(locale);
  return messages.map((m) => render(m, tag)).join(NO_SPACE.has(tag) ? "" : " ");
}

/**
 * Gives a message from the engine its catalogue id: the wasm writes each message's index, the
 * vocabulary lists the ids in index order. Nested messages too; a message already named stays.
 */
function named(message) {
  if (typeof message.id === "number") message.id = MESSAGE_IDS[message.id];
  const args = message.args;
  for (const name in args) {
    const v = args[name];
    if (v && typeof v === "object" && typeof v.amount !== "number") named(v);
  }
  return message;
}

/**
 * Fills a decision's text fields from its messages: `summary`, `checks[i].text` and
 * `options[i].text` in `locale`, `reply` in `replyLocale`. Throws `locale_not_loaded` first.
 */
export function renderDecision(d) {
  if (!d.messages) return d;
  const seller = resolveLocale(d.locale, "locale");
  const buyer = resolveLocale(d.replyLocale ?? d.locale, "replyLocale");
  for (const c of d.checks) if (c.message) c.text = render(named(c.message), seller);
  for (const o of d.options) if (o.message) o.text = render(named(o.message), seller);
  d.messages.summary.forEach(named);
  d.messages.reply.forEach(named);
  d.summary = formatParagraph(d.messages.summary, seller);
  d.reply = formatParagraph(d.messages.reply, buyer);
  return d;
}

/** A split's or a penalty's `summary`, from its messages. */
export function renderSummary(result, locale) {
  const tag = resolveLocale(locale, "locale");
  if (result.messages) result.summary = formatParagraph(result.messages.summary.map(named), tag);
  return result;
}

/**
 * `rulesets(locale)`: every implemented ruleset from the vocabulary (generated from the engine's
 * own tables), its name in `locale`. Fresh objects on each call, so a caller may change them.
 */
export function renderRulesets(locale) {
  const tag = resolveLocale(locale, "locale");
  return Object.entries(RULESETS).map(([id, r]) => ({
    id,
    name: render({ id: r.name.message, args: {} }, tag),
    version: r.version,
    currency: r.currency,
    parameters: Object.fromEntries(r.parameters.map((p) => [p.key, p.default])),
    parameterInfo: r.parameters.map((p) => ({ ...p })),
    holidays: r.holidays,
    sources: r.sources.map((source) => ({ ...source })),
    reasons: [...r.reasons],
    violations: [...r.violations],
    shippingSplit: r.shippingSplit,
  }));
}
