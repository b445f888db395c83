// Fuzz of the installed package through the wasm boundary (`make test`: 20,000 inputs;
// `make fuzz`: 1,000,000). Starts from the valid inputs of every function and ruleset that the
// native rule tables ran (cases.jsonl), mutates them with a seeded generator, and checks:
//   - every call returns a result or throws a DisputeInputError with a known code, a field and a
//     message; nothing else is thrown, and nothing traps;
//   - the same input twice gives the same answer;
//   - an evaluateDisputes item equals the same evaluateDispute call (its field path under [i]);
//   - the module still answers afterwards.
//
//   node fuzz.mjs [count] [seed]      (env FUZZ_COUNT, FUZZ_SEED)
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import * as api from "dispute-calc";

const count = Number(process.argv[2] ?? process.env.FUZZ_COUNT ?? 20000);
const seed = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? 13);
const CODES = new Set([
  "missing_field", "invalid_type", "invalid_date", "invalid_amount", "unknown_value",
  "currency_mismatch", "date_order", "unknown_field",
]);

// mulberry32: small, seeded, the same sequence on every machine.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(random() * xs.length)];

const seeds = readFileSync(new URL("./cases.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((c) => c.output !== undefined)
  .map((c) => ({ fn: c.fn, input: c.input }));
const fns = ["evaluateDispute", "returnShippingSplit", "refundPenalty"];
for (const fn of fns) {
  if (!seeds.some((s) => s.fn === fn)) throw new Error(`fuzz: no valid ${fn} input among the recorded cases`);
}
const byFn = Object.fromEntries(fns.map((fn) => [fn, seeds.filter((s) => s.fn === fn)]));
// Field names of every function, so a mutation can add a known field to the wrong place.
const knownKeys = [...new Set(seeds.flatMap((s) => keysOf(s.input)))];
function keysOf(value) {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
}

function deep(depth) {
  let v = pick([1, "x", null]);
  for (let i = 0; i < depth; i++) v = random() < 0.5 ? [v] : { a: v };
  return v;
}
function cyclic() {
  const o = { ruleset: "tmall" };
  o.self = o;
  return o;
}
const badDates = [
  "2024-02-30", "2023-02-29", "2023-13-01", "2023-00-10", "0000-00-00", "2024-1-5", "20240105",
  "2024-01-05T25:00:00+08:00", "2024-01-05T10:00:00+25:00", "2024-01-05T10:00:00", "2024-01-05Z",
  "0001-01-01", "9999-12-31", "+275760-09-13", "-271821-04-20", "1970-01-01T00:00:00Z",
  "2262-04-11T23:47:16.854775807Z", "2024-02-29T23:59:60+08:00", "２０２４-01-05", "",
];
const numbers = [NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 1e-7, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2,
  -(2 ** 53), 2 ** 31, 2 ** 32, 2 ** 64, 1e308, Number.MIN_VALUE, 99.99, 1e21];
/** A replacement value of some other kind than what a field should hold. */
function wrongValue() {
  switch (Math.floor(random() * 16)) {
    case 0: return pick(numbers);
    case 1: return pick(badDates);
    case 2: return String(pick(numbers));
    case 3: return pick([true, false]);
    case 4: return null;
    case 5: return undefined;
    case 6: return [];
    case 7: return [pick(badDates), pick(numbers)];
    case 8: return {};
    case 9: return "x".repeat(pick([1000, 100000, 1 << 20]));
    case 10: return deep(pick([10, 63, 64, 65, 200, 2000]));
    case 11: return JSON.parse('{"__proto__": {"price": 1}, "constructor": "x"}');
    case 12: return pick([10n, Symbol("s"), () => 1, cyclic()]);
    case 13: return new Date(pick([0, 1e15, NaN, -8.64e15]));
    case 14: return pick(["tmall", "ebay", "zh-CN", "CNY", "USD", "JPY", "delivered", "\u0000", "\ud800"]);
    default: return pick(knownKeys);
  }
}

/** The [parent, key] places in a value down to depth 6, the value itself as [null, null]. */
function slots(value, parent = null, key = null, out = [], depth = 0, seen = new Set()) {
  out.push([parent, key]);
  if (value && typeof value === "object" && depth < 6 && !seen.has(value)) {
    seen.add(value);
    for (const k of Object.keys(value)) slots(value[k], value, k, out, depth + 1, seen);
  }
  return out;
}
function mutate(input) {
  let value = structuredClone(input);
  const times = 1 + Math.floor(random() * 3);
  for (let i = 0; i < times; i++) {
    const [parent, key] = pick(slots(value));
    const op = random();
    if (parent === null) {
      value = op < 0.3 ? [value] : op < 0.4 ? wrongValue() : value;
      if (op >= 0.4 && value && typeof value === "object" && !Array.isArray(value)) {
        value[pick(knownKeys.concat(["__proto__", "extra"]))] = wrongValue();
      }
    } else if (op < 0.55) parent[key] = wrongValue();
    else if (op < 0.7) delete parent[key];
    else if (op < 0.8) parent[key] = Array.isArray(parent[key]) ? {} : [parent[key]];
    else if (op < 0.9 && parent[key] && typeof parent[key] === "object" && !Array.isArray(parent[key])) {
      // An own "__proto__" key, as JSON.parse makes it, or a known field in the wrong object.
      Object.defineProperty(parent[key], random() < 0.5 ? "__proto__" : pick(knownKeys), {
        value: wrongValue(), enumerable: true, configurable: true, writable: true,
      });
    } else parent[key] = structuredCloneSafe(parent[key]);
  }
  return value;
}
function structuredCloneSafe(v) {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

const tally = { results: 0, errors: {}, traps: 0 };
const failures = [];
const failedInputs = new Set();
let current = 0; // the index of the input being checked
const show = (v) => {
  try {
    const s = JSON.stringify(v, (k, x) => (typeof x === "bigint" ? `${x}n` : x));
    return s === undefined ? String(v) : s.length > 300 ? s.slice(0, 300) + "..." : s;
  } catch {
    return "(cyclic)";
  }
};
function fail(what, input, index = current) {
  failedInputs.add(index);
  if (failures.length < 10) failures.push(`${what}: ${show(input)}`);
}

/** { ok, value } or { ok: false, error } or { trap }; anything else is a failure. */
function outcome(fn, input) {
  try {
    return { ok: true, value: fn(input) };
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) return { trap: String(e) };
    if (e?.name === "DisputeInputError") {
      return { ok: false, error: { code: e.code, field: e.field, message: e.message } };
    }
    return { thrown: String(e) };
  }
}
function check(fnName, input, first) {
  if (first.trap) {
    tally.traps++;
    return fail(`${fnName} trapped (${first.trap})`, input);
  }
  if (first.thrown) return fail(`${fnName} threw something other than DisputeInputError (${first.thrown})`, input);
  if (first.ok) tally.results++;
  else {
    const { code, field, message } = first.error;
    if (!CODES.has(code) || typeof field !== "string" || typeof message !== "string" || !message.trim()) {
      return fail(`${fnName} error without a known code, a field and a message ${show(first.error)}`, input);
    }
    tally.errors[code] = (tally.errors[code] ?? 0) + 1;
  }
  const again = outcome(api[fnName], input);
  if (!isDeepStrictEqual(again, first)) fail(`${fnName} answered differently the second time`, input);
}

function safeStringify(v) {
  try {
    return JSON.stringify(v);
  } catch {
    return "";
  }
}

const reference = byFn.refundPenalty[0];
const referenceOut = api.refundPenalty(reference.input);
const stillAnswers = () => isDeepStrictEqual(api.refundPenalty(reference.input), referenceOut);

const BATCH = 64;
let pending = []; // [input, single outcome, index] of evaluateDispute, checked against one batch
function checkBatch() {
  const inputs = pending.map(([input]) => input);
  const out = outcome(api.evaluateDisputes, inputs);
  if (!out.ok || !Array.isArray(out.value) || out.value.length !== inputs.length) {
    fail(`evaluateDisputes failed the batch (${show(out.error ?? out.trap ?? out.thrown)})`, inputs);
  } else {
    out.value.forEach((item, i) => {
      // An item JSON writes as null (undefined, a function, a symbol) is decided as null, as the
      // README says; every other item as the single call decided it.
      const single = safeStringify(inputs[i]) === undefined ? outcome(api.evaluateDispute, null) : pending[i][1];
      const expected = single.ok
        ? { ok: true, value: single.value }
        : { ok: false, error: { ...single.error, field: single.error.field ? `[${i}].${single.error.field}` : `[${i}]` } };
      if (!single.trap && !single.thrown && !isDeepStrictEqual(item, expected)) {
        fail(`evaluateDisputes item ${i} differs from the single call ${show([item, expected])}`, inputs[i], pending[i][2]);
      }
    });
  }
  pending = [];
}

const started = Date.now();
for (let n = 0; n < count; n++) {
  current = n;
  const fnName = pick(fns);
  const input = mutate(pick(byFn[fnName]).input);
  const first = outcome(api[fnName], input);
  check(fnName, input, first);
  if (fnName === "evaluateDispute") {
    pending.push([input, first, n]);
    if (pending.length === BATCH) checkBatch();
  }
  if (n % 1000 === 999 && !stillAnswers()) fail("the module stopped answering", input);
}
if (pending.length) checkBatch();
if (!stillAnswers()) fail("the module stopped answering at the end", null);

const errors = Object.entries(tally.errors).sort().map(([code, n]) => `${code} ${n}`).join(", ");
console.log(`fuzz: seed ${seed}, ${count} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`fuzz: results ${tally.results}; errors ${errors}; traps: ${tally.traps}`);
for (const f of failures) console.log(`fuzz failure: ${f}`);
console.log(`fuzz: ${count - failedInputs.size} passed, ${failedInputs.size} failed`);
process.exit(failedInputs.size === 0 ? 0 : 1);
