// The built package, installed into a fresh project and imported by name, as a user would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import init, {
  evaluateDispute,
  evaluateDisputes,
  returnShippingSplit,
  refundPenalty,
  rulesets,
} from "dispute-calc";

await init();

// The installed package's raw wasm, and a fresh instance of its web build: `init()` returns the
// instance's exports, memory included. `tag` keeps instances apart (each import is its own module).
const wasmUrl = import.meta.resolve("dispute-calc/dispute_calc_bg.wasm");
const wasmBytes = () => readFileSync(fileURLToPath(wasmUrl));
async function freshWebInstance(tag) {
  const web = await import(`${new URL("./dispute_calc.js", wasmUrl).href}?${tag}`);
  const exports = await web.default({ module_or_path: wasmBytes() });
  return { web, exports };
}
const aliexpressDelivered = {
  ruleset: "aliexpress", currency: "USD", reason: "not_received", asOf: "2015-04-20",
  price: 2599, tracking: "delivered",
  dates: { ordered: "2015-03-10", shipped: "2015-03-12", delivered: "2015-04-02" },
};

const tmallLate = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 };

test("ESM import by name: Tmall late-shipment penalty (TM-P1)", () => {
  const p = refundPenalty(tmallLate);
  assert.equal(p.refund, 19900);
  assert.equal(p.penalty, 5970);
  assert.equal(p.total, 25870);
  assert.equal(p.formula, "min(30% x 199.00, 500.00)");
  assert.deepEqual(p.rules, ["TM-P1", "TB-P5"]);
});

test("CommonJS require by name gives the same module", () => {
  const require = createRequire(import.meta.url);
  const cjs = require("dispute-calc");
  assert.equal(cjs.refundPenalty(tmallLate).penalty, 5970);
});

test("the web build runs in Node too when given the wasm bytes", async () => {
  const { web } = await freshWebInstance("web");
  // The glue itself takes and gives JSON text; the entries wrap it.
  assert.equal(JSON.parse(web.refundPenalty(JSON.stringify(tmallLate))).penalty, 5970);
});

test("the wasm holds no template text: no Chinese, no sentence of the catalogues", () => {
  const text = wasmBytes().toString("utf8");
  // Three Chinese characters in a row (one or two can be code bytes that happen to decode).
  const chinese = /[\u4e00-\u9fff]{3,}/.exec(text);
  assert.equal(chinese, null, `Chinese text in the wasm: ${chinese && text.slice(chinese.index - 20, chinese.index + 40)}`);
  const english = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("dispute-calc/locales/en.json")), "utf8"));
  // Every run of words between placeholders that is long enough to be a sentence part.
  const pieces = Object.values(english).flatMap((m) => m.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)).filter((p) => p.trim().length >= 24);
  assert.ok(pieces.length > 300, `only ${pieces.length} sentence parts to look for`);
  const found = pieces.filter((p) => text.includes(p));
  assert.deepEqual(found, []);
  // Nor the messages' ids: the module writes each message's index, the vocabulary names it.
  assert.ok(!text.includes("aliexpress.summary.delivered"));
  const d = evaluateDispute(aliexpressDelivered);
  assert.ok(d.messages.summary.every((m) => typeof m.id === "string" && m.id.includes(".")), JSON.stringify(d.messages.summary));
  assert.ok(d.checks.every((c) => typeof c.message.id === "string"));
});

test("no panic path of the crate's own code survives in the wasm (no source file is named)", () => {
  // A panic site (an index, a division, an unwrap) keeps its file name in the module. Rules are
  // written so none remains; dependencies' paths ("/crates/.../src/lib.rs") don't count.
  const bytes = wasmBytes().toString("latin1");
  const sources = readFileSync(new URL("./sources.txt", import.meta.url), "utf8").split("\n").filter(Boolean);
  assert.ok(sources.includes("src/rulesets/taobao.rs"));
  const named = sources.filter((path) => {
    for (let at = bytes.indexOf(path); at >= 0; at = bytes.indexOf(path, at + 1)) {
      if (bytes[at - 1] !== "/") return true;
    }
    return false;
  });
  assert.deepEqual(named, []);
});

test("a large batch takes memory in proportion to its output (one output buffer, sized once)", async () => {
  const { web, exports } = await freshWebInstance("large");
  // 12,000 items: input length x output length overflows 32 bits (a wasm32 usize).
  const batch = Array.from({ length: 12000 }, (_, i) => ({ ...aliexpressDelivered, price: 1000 + i }));
  const text = JSON.stringify(batch);
  const inputBytes = text.length;
  const outputBytes = web.evaluateDisputes(text, "").length;
  const used = exports.memory.buffer.byteLength;
  const bound = 1.5 * outputBytes + 2 * inputBytes + 4 * 1048576;
  assert.ok(used < bound, `memory ${used} bytes for ${outputBytes} bytes of output (bound ${bound})`);
});

test("memory stops growing once a repeated batch has run (freed blocks are reused)", async () => {
  const { web, exports } = await freshWebInstance("memory");
  const batch = Array.from({ length: 300 }, (_, i) => ({ ...aliexpressDelivered, price: 1000 + i }));
  const sizes = [];
  for (let round = 0; round < 12; round++) {
    const out = JSON.parse(web.evaluateDisputes(JSON.stringify(batch), ""));
    assert.equal(out.length, 300);
    assert.equal(out[299].value.outcome, "reject");
    sizes.push(exports.memory.buffer.byteLength);
  }
  assert.equal(sizes.at(-1), sizes[2], `memory grew across identical batches: ${sizes.join(", ")}`);
});

test("bad input throws DisputeInputError with code and field; the module keeps working", () => {
  const cases = [
    [{ ...tmallLate, price: 19.9 }, "invalid_amount", "price"],
    [{ ...tmallLate, price: -1 }, "invalid_amount", "price"],
    [{ ...tmallLate, price: 2 ** 53 }, "invalid_amount", "price"],
    [{ ...tmallLate, currency: "USD" }, "currency_mismatch", "currency"],
    [{ ...tmallLate, currency: "XYZ" }, "unknown_value", "currency"],
    [{ ...tmallLate, violation: "bad" }, "unknown_value", "violation"],
    [{ ...tmallLate, policy: { foo: 1 } }, "unknown_field", "policy.foo"],
    [{ ...tmallLate, extra: true }, "unknown_field", "extra"],
    [{ ruleset: "tmall", currency: "CNY", price: 1 }, "missing_field", "violation", refundPenalty],
    [{ ...tmallLate, price: "199" }, "invalid_type", "price"],
    [null, "invalid_type", ""],
    [10n, "invalid_type", ""],
    [
      { ruleset: "aliexpress", reason: "not_received", asOf: "2024-13-01", currency: "USD", price: 1 },
      "invalid_date",
      "asOf",
    ],
    [
      {
        ruleset: "aliexpress",
        reason: "not_received",
        asOf: "2024-05-01",
        currency: "USD",
        price: 1,
        dates: { shipped: "2024-04-10", delivered: "2024-04-01" },
      },
      "date_order",
      "dates.delivered",
    ],
  ];
  for (const [input, code, field, fn] of cases) {
    const call = fn ?? (input && input.violation !== undefined ? refundPenalty : evaluateDispute);
    assert.throws(
      () => call(input),
      (e) => {
        assert.ok(e instanceof Error, "an Error");
        assert.equal(e.name, "DisputeInputError");
        assert.equal(e.code, code, JSON.stringify(input, (k, v) => (typeof v === "bigint" ? `${v}n` : v)));
        assert.equal(e.field, field);
        assert.match(e.message, /\S/);
        return true;
      },
    );
    assert.equal(refundPenalty(tmallLate).penalty, 5970, "still working");
  }
});

test("unknown-field messages name the field and the expected keys", () => {
  assert.throws(
    () => refundPenalty({ ...tmallLate, policy: { lateShipmentPercnt: 20 } }),
    (e) => e.field === "policy.lateShipmentPercnt" && /lateShipmentPercent/.test(e.message),
  );
});

test("rulesets() lists ids, localized names, defaults and sources", () => {
  const en = rulesets();
  const zh = rulesets("zh-CN");
  assert.deepEqual(
    en.map((r) => r.id),
    zh.map((r) => r.id),
  );
  const tmall = en.find((r) => r.id === "tmall");
  assert.equal(tmall.currency, "CNY");
  assert.equal(tmall.parameters.lateShipmentMax, 50000);
  assert.ok(tmall.sources.length > 0);
  assert.notEqual(zh.find((r) => r.id === "tmall").name, tmall.name);
  assert.throws(() => rulesets("xx"), { name: "DisputeInputError", code: "unknown_value", field: "locale" });
  // A known locale that is not loaded says how to load it.
  assert.throws(() => rulesets("fr"), { name: "DisputeInputError", code: "locale_not_loaded", field: "locale", message: /loadLocale\("fr"\)/ });
});

test("evaluateDisputes keeps length and order; a bad item never fails the batch", () => {
  const bad = { ruleset: "tmall", reason: "no_reason", currency: "CNY", price: 1 };
  const out = evaluateDisputes([bad, { ...bad, asOf: "2024-99-01" }]);
  assert.equal(out.length, 2);
  assert.deepEqual(
    out.map((r) => [r.ok, r.error?.code, r.error?.field]),
    [
      [false, "missing_field", "[0].asOf"],
      [false, "invalid_date", "[1].asOf"],
    ],
  );
  assert.throws(() => evaluateDisputes({}), { name: "DisputeInputError", code: "invalid_type" });
});

test("evaluateDisputes with { text: false } keeps every number and drops only the text", () => {
  const worked = {
    ruleset: "aliexpress",
    reason: "not_received",
    request: "full_refund",
    asOf: "2015-04-20",
    currency: "USD",
    price: 2599,
    dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
    tracking: "delivered",
    policy: { handlingDays: 20 },
  };
  const [full] = evaluateDisputes([worked]);
  const [bare] = evaluateDisputes([worked], { text: false });
  assert.deepEqual(full.value, evaluateDispute(worked));
  for (const key of ["outcome", "fault", "refund", "deadlines", "evidence", "rules"]) {
    assert.deepEqual(bare.value[key], full.value[key], key);
  }
  assert.equal(full.value.outcome, "reject");
  // Nothing is rendered and no message crosses the boundary.
  assert.equal(bare.value.summary, undefined);
  assert.equal(bare.value.reply, undefined);
  assert.equal(bare.value.messages, undefined);
  assert.ok(bare.value.checks.every((c) => c.text === undefined && c.message === undefined));
  assert.ok(full.value.checks.every((c) => typeof c.text === "string" && c.message.id));
  assert.throws(() => evaluateDisputes([worked], { txt: false }), {
    name: "DisputeInputError",
    code: "unknown_field",
    field: "options.txt",
  });
});

test("returnShippingSplit is exported and validates its input", () => {
  assert.throws(() => returnShippingSplit({ ruleset: "tmall" }), { name: "DisputeInputError" });
});

test("the declarations have no `any` on the API functions", () => {
  const dts = readFileSync(
    fileURLToPath(new URL("./dispute_calc.d.ts", wasmUrl)),
    "utf8",
  );
  // The API part (before wasm-bindgen's init declarations), comments removed.
  const api = dts.slice(0, dts.indexOf("export type InitInput")).replace(/\/\*[\s\S]*?\*\//g, "");
  assert.doesNotMatch(api, /\bany\b/);
  for (const fn of ["evaluateDispute", "evaluateDisputes", "returnShippingSplit", "refundPenalty", "rulesets"]) {
    assert.match(dts, new RegExp(`export function ${fn}\\(`));
  }
});
