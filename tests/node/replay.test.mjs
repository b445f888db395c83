// Every case of the native rule tables, recorded by `cargo test` (DISPUTE_CALC_RECORD), replayed
// through the installed package: the same inputs must give the same decisions, splits, penalties
// and errors across the wasm boundary as in native Rust. The engine's answer carries its texts as
// messages; the package adds the rendered strings, which must be whole (no placeholder left).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as api from "dispute-calc";

const lines = readFileSync(new URL("./cases.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean);
const cases = new Map();
for (const line of lines) {
  const c = JSON.parse(line);
  cases.set(c.fn + JSON.stringify(c.input), c);
}

test(`the native rule tables give the same answers through the wasm boundary (${cases.size} cases)`, () => {
  assert.ok(cases.size > 500, `only ${cases.size} recorded cases: did the native layer record them?`);
  const seen = new Set();
  for (const c of cases.values()) {
    seen.add(c.fn);
    const call = () => api[c.fn](c.input);
    if (c.error) {
      assert.throws(call, (e) => {
        assert.equal(e.name, "DisputeInputError");
        assert.deepEqual({ code: e.code, field: e.field, message: e.message }, c.error, JSON.stringify(c.input));
        return true;
      });
    } else {
      const out = call();
      for (const text of rendered(out)) {
        assert.ok(typeof text === "string" && text.length > 0 && !/[{}]/.test(text), `${text}\n${JSON.stringify(c.input)}`);
      }
      assert.deepEqual(withoutRendered(out), c.output, JSON.stringify(c.input));
    }
  }
  assert.deepEqual([...seen].sort(), ["evaluateDispute", "refundPenalty", "returnShippingSplit"]);
});

/** The strings the package rendered from the messages. */
function rendered(out) {
  return [out.summary, out.reply, ...(out.checks || []).map((c) => c.text), ...(out.options || []).map((o) => o.text)].filter(
    (t) => t !== undefined,
  );
}

/** The engine's own answer: the output less what the package rendered. */
function withoutRendered(out) {
  const { summary, reply, ...rest } = out;
  if (rest.checks) rest.checks = rest.checks.map(({ text, ...c }) => c);
  if (rest.options) rest.options = rest.options.map(({ text, ...o }) => o);
  return rest;
}
