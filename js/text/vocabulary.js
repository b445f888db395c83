// What the renderer needs of the vocabulary: the locale tags and each currency's minor-unit
// decimals and the rulesets' tables, from vocabulary.js (vocabulary.json as a module, generated from the Rust types by
// `make gen`; esbuild bundles the two parts used).
import { currencies, enums, messageIds, rulesets } from "../../vocabulary.js";

export const LOCALES = enums.Locale.values;
export const RULESETS = rulesets;
/** The catalogue id of each message index (the wasm writes the index). */
export const MESSAGE_IDS = messageIds;

const decimals = new Map();
/** The engine's decimals for its currencies; `Intl`'s for a code it does not list. */
export function decimalsOf(currency) {
  if (Object.hasOwn(currencies, currency)) return currencies[currency];
  let d = decimals.get(currency);
  if (d === undefined) {
    d = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
    decimals.set(currency, d);
  }
  return d;
}
