// Amounts typed into a form in exact string arithmetic, the element's locale, and small DOM
// helpers (text only: never HTML strings). Money and dates are shown by i18n.js (the renderer).
import { currencies, enums } from "../vocabulary.js";

// The minor-unit digits of the engine's currencies come from the vocabulary (vocabulary.json);
// a code the engine does not know is shown with 2 (the engine refuses it anyway).
var MAX = "9007199254740991";

export function exponent(currency) {
  var c = String(currency || "").toUpperCase();
  return Object.prototype.hasOwnProperty.call(currencies, c) ? currencies[c] : 2;
}

/** Compares two strings of digits without leading zeros as numbers. */
function digitsGreater(a, b) {
  return a.length !== b.length ? a.length > b.length : a > b;
}

/**
 * "129.00" -> 12900 for a 2-decimal currency, exactly (string arithmetic, never floats).
 * Accepts "1,299.50" thousands separators. Returns { value } or { error: "format" | "large" }.
 */
export function parseAmount(text, currency) {
  var exp = exponent(currency);
  var s = String(text).trim();
  if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, "");
  var m = /^(\d+)(?:\.(\d*))?$/.exec(s) || /^()\.(\d+)$/.exec(s);
  if (!m) return { error: "format" };
  var frac = m[2] || "";
  // Extra trailing zeros are harmless ("5.000" for CNY); other extra digits are not.
  while (frac.length > exp && frac.charAt(frac.length - 1) === "0") frac = frac.slice(0, -1);
  if (frac.length > exp) return { error: "format" };
  while (frac.length < exp) frac += "0";
  var digits = ((m[1] || "") + frac).replace(/^0+(?=\d)/, "");
  if (digits === "") digits = "0";
  if (digitsGreater(digits, MAX)) return { error: "large" };
  return { value: Number(digits) };
}

/** 12900 -> "129.00" (no grouping: the form's own notation). */
export function minorToText(minor, currency) {
  var exp = exponent(currency);
  var s = String(Math.trunc(Math.abs(Number(minor))));
  if (exp === 0) return s;
  while (s.length <= exp) s = "0" + s;
  return s.slice(0, s.length - exp) + "." + s.slice(s.length - exp);
}

/** An example amount in a currency's notation ("129.00", "129", "129.000"). */
export function example(currency) {
  var exp = exponent(currency);
  return exp === 0 ? "129" : "129." + "0".repeat(exp);
}

/** createElement with attributes and children (strings become text nodes). */
export function el(tag, attrs, children) {
  var node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

var SVGNS = "http://www.w3.org/2000/svg";
export function svg(tag, attrs, children) {
  var node = document.createElementNS(SVGNS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  if (!attrs) return;
  Object.keys(attrs).forEach(function (k) {
    var v = attrs[k];
    if (v === undefined || v === null || v === false) return;
    if (k === "text") node.textContent = String(v);
    else if (k === "class") node.setAttribute("class", v);
    else if (k.slice(0, 2) === "on" && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  });
}

function append(node, children) {
  if (children === undefined || children === null) return;
  if (!Array.isArray(children)) children = [children];
  children.forEach(function (c) {
    if (c === undefined || c === null || c === false) return;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  });
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** "handlingDays" -> "Handling days". */
export function humanize(key) {
  var s = String(key).replace(/_/g, " ").replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A value at a dotted path ("dates.shipped"), or undefined. */
export function getPath(obj, path) {
  let o = obj;
  for (const part of String(path).split(".")) {
    if (o === null || o === undefined || typeof o !== "object") return undefined;
    o = o[part];
  }
  return o;
}

/** Sets a value at a dotted path, creating the objects on the way. */
export function setPath(obj, path, value) {
  const parts = String(path).split(".");
  let o = obj;
  for (const part of parts.slice(0, -1)) {
    if (!o[part] || typeof o[part] !== "object") o[part] = {};
    o = o[part];
  }
  o[parts[parts.length - 1]] = value;
}

export function has(list, v) {
  return list.indexOf(v) >= 0;
}

/** The locale tags of the engine (en, zh-CN, ru, pt-BR, es, fr, de, it, pl, ko, ja). */
export const LOCALES = enums.Locale.values;

/**
 * A language tag as one of `allowed` (default: every locale of the engine), or null: the tag
 * itself in any case ("PT-br"), else its language ("zh-TW" -> "zh-CN", "en-GB" -> "en",
 * "de-AT" -> "de", "pt" -> "pt-BR").
 */
export function normalLocale(value, allowed = LOCALES) {
  if (!value) return null;
  const tag = String(value).trim().toLowerCase();
  const exact = allowed.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  const language = tag.split(/[-_]/)[0];
  return allowed.find((l) => l.toLowerCase().split("-")[0] === language) || null;
}

/**
 * An element's locale: its `locale` attribute, else the first of `preferred` that names one (the
 * calculator's input), else the nearest `lang` in the host document, else the browser's, else en.
 * `allowed` narrows the locales (the exercises speak the course's two).
 */
export function elementLocale(element, preferred = [], allowed = LOCALES) {
  for (const value of [element.getAttribute("locale"), ...preferred]) {
    const locale = normalLocale(value, allowed);
    if (locale) return locale;
  }
  const langHolder = element.closest("[lang]");
  return (
    normalLocale(langHolder && langHolder.getAttribute("lang"), allowed) ||
    normalLocale(navigator.languages && navigator.languages[0], allowed) ||
    "en"
  );
}
