// Every message of every shipped catalogue, rendered through the installed package with sample
// arguments of the kinds the vocabulary declares, once for each plural category of its language:
// nothing is left unfilled, nothing fails to format, and no message is the English source again
// unless it carries no words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import init, { formatMessage, loadLocale } from "dispute-calc";

await init();

const dir = fileURLToPath(new URL("./", import.meta.resolve("dispute-calc/locales/en.json")));
const tags = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
const read = (tag) => JSON.parse(readFileSync(`${dir}/${tag}.json`, "utf8"));
const english = read("en");
const vocabulary = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("dispute-calc/vocabulary.json")), "utf8"));
const kinds = vocabulary.messages;

/** A number in each plural category the language has (cardinal), e.g. ru: one 1, few 2, many 5, other 1.5. */
function samplesFor(tag) {
  const rules = new Intl.PluralRules(tag);
  const out = new Map();
  for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 1000000, 1.5]) {
    const category = rules.select(n);
    if (!out.has(category)) out.set(category, n);
  }
  return out;
}

// A message without arguments, to stand for a nested one.
const nested = Object.keys(kinds).find((id) => Object.keys(kinds[id]).length === 0 && id.startsWith("marketplace."));

function args(id, n) {
  const out = {};
  for (const [name, kind] of Object.entries(kinds[id] ?? {})) {
    out[name] =
      kind === "money" ? { amount: 5970, currency: "EUR" }
      : kind === "date" ? "2024-05-26"
      : kind === "number" ? n
      : kind === "code" ? "AE-R9"
      : kind === "text" ? "min(30% x 199.00, 500.00)"
      : { id: nested, args: {} };
  }
  return out;
}

test("the vocabulary declares every message of the English source, and no other", () => {
  assert.deepEqual(Object.keys(kinds).sort(), Object.keys(english).sort());
  assert.ok(nested, "a message without arguments to nest");
});

for (const tag of tags) {
  test(`${tag}: every message renders in each plural category, with no placeholder left`, async () => {
    await loadLocale(tag);
    const catalogue = read(tag);
    assert.deepEqual(Object.keys(catalogue).sort(), Object.keys(english).sort(), `${tag} has the English ids`);
    const problems = [];
    for (const id of Object.keys(english)) {
      for (const [category, n] of samplesFor(tag)) {
        let text;
        try {
          text = formatMessage({ id, args: args(id, n) }, tag);
        } catch (error) {
          problems.push(`${id} (${category}): ${error.message}`);
          continue;
        }
        if (/[{}]/.test(text) || text.trim() === "") problems.push(`${id} (${category}): ${text}`);
      }
      const words = catalogue[id].replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, "");
      if (tag !== "en" && catalogue[id] === english[id] && /\p{L}{2}/u.test(words)) problems.push(`${id}: the English source again`);
    }
    assert.deepEqual(problems, []);
  });
}
