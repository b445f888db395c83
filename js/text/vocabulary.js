// What the renderer needs of the vocabulary: the locale tags and each currency's minor-unit
// decimals. (Interim: to be read from vocabulary.json, generated from the Rust types.)
export const LOCALES = ["en", "zh-CN", "ru", "pt-BR", "es", "fr", "de", "it", "pl", "ko", "ja"];

const decimals = new Map();
export function decimalsOf(currency) {
  let d = decimals.get(currency);
  if (d === undefined) {
    d = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
    decimals.set(currency, d);
  }
  return d;
}
