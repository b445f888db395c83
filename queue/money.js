// Amounts in a CSV cell ("1,299.00", as spreadsheets write them) to integer minor units and back,
// by string arithmetic: never a float. This is the file's notation, which an import reads back,
// not a display format: the queue shows money with the renderer's formatMoney (Intl, in the
// page's locale).
import { currencies } from "../vocabulary.js";

// The engine's currencies and their minor-unit digits, from the vocabulary (vocabulary.json,
// generated from the crate's own table).
const DIGITS = new Map(Object.entries(currencies));

export const CURRENCIES = Object.freeze([...DIGITS.keys()].sort());

/** Minor-unit digits of a currency code, or undefined for a code the engine does not know. */
export function currencyDigits(code) {
  return DIGITS.get(code);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
// "129", "129.5", "1,299.00", ".5"; thousands separators only in groups of three.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

/**
 * Parses an amount in currency units into minor units.
 * Returns { ok: true, value } or { ok: false, reason } (reason is an English sentence fragment).
 */
export function parseAmount(text, currency) {
  const digits = currencyDigits(currency);
  if (digits === undefined) return { ok: false, reason: `the currency "${currency}" is not known` };
  const s = String(text).trim();
  const m = AMOUNT.exec(s);
  if (!m || (m[1] === undefined && !m[2])) {
    return { ok: false, reason: `expected an amount in ${currency} such as ${example(digits)}` };
  }
  const whole = (m[1] ?? "0").replaceAll(",", "");
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  if (fraction.length > digits) {
    return { ok: false, reason: `${currency} has ${digits} decimal${digits === 1 ? "" : "s"}` };
  }
  const minor = BigInt(whole + fraction.padEnd(digits, "0"));
  if (minor > MAX_SAFE) return { ok: false, reason: "the amount is too large" };
  return { ok: true, value: Number(minor) };
}

/** Minor units in the CSV notation, the currency's decimals and no grouping: 129900 USD -> "1299.00". */
export function formatAmount(minor, currency) {
  const digits = currencyDigits(currency) ?? 2;
  const s = BigInt(minor).toString().padStart(digits + 1, "0");
  return digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

function example(digits) {
  return digits === 0 ? "1299" : `1299.${"0".repeat(digits)}`;
}
