// The reply in each buyer's language: which language a row's reply is in, and the replies of a
// queue for its export. The queue evaluates with `{ text: false }` (nothing rendered, for speed);
// the replies are rendered only where they are read, in a second pass over the rows that were
// decided. The country -> language table is the vocabulary's localeByCountry (written once, in
// the crate: Locale::BY_COUNTRY).
import { enums, localeByCountry } from "../vocabulary.js";

/** The engine's locale tags. */
export const LOCALES = Object.freeze([...enums.Locale.values]);

/**
 * A language tag as the engine's, or null: the tag in any case ("PT-br" -> "pt-BR"), else its
 * language ("de-DE" -> "de", "zh-TW" -> "zh-CN", "pt" -> "pt-BR", "en-GB" -> "en").
 */
export function localeTag(value) {
  if (typeof value !== "string" || value.trim() === "") return null;
  const tag = value.trim().toLowerCase().replace(/_/g, "-");
  const exact = LOCALES.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  const language = tag.split("-")[0];
  return LOCALES.find((l) => l.toLowerCase().split("-")[0] === language) ?? null;
}

/** The reply's default language for a destination country (ISO 3166 alpha-2), or null. */
export function localeForCountry(country) {
  const code = typeof country === "string" ? country.trim().toUpperCase() : "";
  return Object.hasOwn(localeByCountry, code) ? localeByCountry[code] : null;
}

/**
 * The language of a row's reply: its `replyLocale` (the buyerLanguage column), else the language
 * of its destination country, else the row's own `locale`, else `fallback` (the seller's).
 */
export function replyLocaleOf(input, fallback = "en") {
  if (!input || typeof input !== "object") return fallback;
  return localeTag(input.replyLocale) ?? localeForCountry(input.destination) ?? localeTag(input.locale) ?? fallback;
}

/**
 * The replies of a queue, one per row: `{ locale, text }` for a row the engine decided, null for
 * a refused one. Each row is evaluated again with its texts, in chunks, by `evaluate(items)` (the
 * engine's evaluateDisputes with text, in this thread or a worker; the caller has loaded the
 * locales named in `locales(rows)` first). Options: `locale` (the seller's, for rows without
 * their own), `replyLocale` (one language for every row instead of each buyer's), `asOf` (for
 * rows without their own), `chunkSize`, `onProgress({ done, total })` after each chunk, `signal`.
 */
export async function renderReplies(rows, results, { evaluate, locale = "en", replyLocale = null, asOf, chunkSize = 500, onProgress, signal } = {}) {
  const replies = new Array(rows.length).fill(null);
  const todo = [];
  rows.forEach((row, i) => {
    if (row.input && results[i] && results[i].ok) todo.push(i);
  });
  for (let start = 0; start < todo.length; start += chunkSize) {
    signal?.throwIfAborted();
    const indexes = todo.slice(start, start + chunkSize);
    const items = indexes.map((i) => replyInput(rows[i].input, { locale, replyLocale, asOf }));
    const out = await evaluate(items);
    indexes.forEach((rowIndex, k) => {
      const r = out[k];
      replies[rowIndex] = r && r.ok ? { locale: r.value.replyLocale, text: r.value.reply } : null;
    });
    onProgress?.({ done: Math.min(start + chunkSize, todo.length), total: todo.length });
  }
  return replies;
}

/** The languages `renderReplies` will write in (and the seller's): what the caller loads first. */
export function replyLocales(rows, { locale = "en", replyLocale = null } = {}) {
  const tags = new Set([locale]);
  for (const row of rows) {
    if (!row.input) continue;
    tags.add(localeTag(row.input.locale) ?? locale);
    tags.add(replyLocale ?? replyLocaleOf(row.input, locale));
  }
  return [...tags];
}

function replyInput(input, { locale, replyLocale, asOf }) {
  const item = { ...input, locale: localeTag(input.locale) ?? locale, replyLocale: replyLocale ?? replyLocaleOf(input, locale) };
  if (!item.asOf && asOf) item.asOf = asOf;
  return item;
}
