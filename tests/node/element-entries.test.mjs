// The element entries of the installed package: dispute-calc/element/calculator, /queue and
// /exercise each reach only the code of what they register (the files a browser loads: the entry
// and the chunks it imports), and dispute-calc/element all three. Papa Parse belongs to the queue
// alone, the exercises' core to <dispute-exercise> alone; the code they share is in chunks they
// import alike, so a page with two entries loads it once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const root = dirname(require.resolve("dispute-calc/package.json"));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const ENTRIES = ["calculator", "queue", "exercise"];

/** The files a browser loads for `entry` (a path): itself and every chunk it imports. */
function moduleGraph(entry, seen = new Set()) {
  if (!seen.has(entry)) {
    seen.add(entry);
    for (const [, path] of readFileSync(entry, "utf8").matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)) moduleGraph(join(dirname(entry), path), seen);
  }
  return [...seen];
}
const graphs = Object.fromEntries(["", ...ENTRIES].map((e) => [e || "index", moduleGraph(require.resolve(`dispute-calc/element${e && "/" + e}`))]));
const codeOf = (entry) => graphs[entry].map((f) => readFileSync(f, "utf8")).join("\n");

// Strings that only these libraries hold, and that minification keeps.
const PAPA_PARSE = "UndetectableDelimiter"; // Papa Parse's error code when it cannot guess the delimiter
const EXERCISES_CORE = "instantiate: expected an exercise object"; // lib/exercises.js's error message

test("each element entry is exported with its types, and registers its elements (side effects kept)", () => {
  for (const entry of ENTRIES) {
    const exported = pkg.exports[`./element/${entry}`];
    assert.deepEqual(exported, { types: `./element/${entry}.d.ts`, default: `./element/${entry}.js` });
    assert.ok(readFileSync(join(root, exported.types), "utf8").includes(`@module dispute-calc/element/${entry}`));
  }
  assert.ok(pkg.sideEffects.includes("./element/*.js"));
});

test("Papa Parse is only in the queue's graph, the exercises' core only in the exercise's", () => {
  const has = (entry, text) => codeOf(entry).includes(text);
  assert.ok(has("queue", PAPA_PARSE) && has("index", PAPA_PARSE), "Papa Parse's signature not found: the test would prove nothing");
  assert.ok(has("exercise", EXERCISES_CORE) && has("index", EXERCISES_CORE));
  assert.ok(!has("calculator", PAPA_PARSE), "the calculator entry reaches Papa Parse");
  assert.ok(!has("exercise", PAPA_PARSE), "the exercise entry reaches Papa Parse");
  assert.ok(!has("calculator", EXERCISES_CORE), "the calculator entry reaches the exercises' core");
  assert.ok(!has("queue", EXERCISES_CORE), "the queue entry reaches the exercises' core");
});

test("an entry defines only its own tags: the calculator's graph never names the queue or the exercise", () => {
  const calculator = codeOf("calculator");
  assert.ok(calculator.includes('"dispute-calculator"'));
  assert.ok(!calculator.includes('"dispute-queue"') && !calculator.includes('"dispute-exercise"'));
  assert.ok(!codeOf("exercise").includes('"dispute-queue"'));
  // The types say the same: each entry's global tag map lists what it registers.
  const tags = (entry) => {
    const types = readFileSync(join(root, `element/${entry}.d.ts`), "utf8");
    const map = /interface HTMLElementTagNameMap \{([^}]*)\}/.exec(types)[1];
    return [...map.matchAll(/"(dispute-[a-z]+)"/g)].map((m) => m[1]).sort();
  };
  assert.deepEqual(tags("calculator"), ["dispute-calculator"]);
  assert.deepEqual(tags("queue"), ["dispute-calculator", "dispute-queue"]);
  assert.deepEqual(tags("exercise"), ["dispute-exercise"]);
  assert.deepEqual(tags("index"), ["dispute-calculator", "dispute-exercise", "dispute-queue"]);
});

test("the code entries share lies in the same chunks: two entries on a page load it once", () => {
  const chunks = (entry) => new Set(graphs[entry].slice(1));
  // The queue shows the calculator in its detail: it imports every chunk the calculator does.
  for (const chunk of chunks("calculator")) assert.ok(chunks("queue").has(chunk), chunk);
  // Lit, the loader, the words: one chunk all three reach.
  const common = [...chunks("calculator")].filter((c) => chunks("exercise").has(c) && chunks("queue").has(c));
  assert.ok(common.length >= 1);
  // dispute-calc/element is every entry's code, in the same files.
  for (const entry of ENTRIES) for (const chunk of chunks(entry)) assert.ok(chunks("index").has(chunk), `${entry}: ${chunk}`);
  // Nothing is bundled twice: no entry file carries code of its own beyond its imports.
  for (const entry of ["index", ...ENTRIES]) assert.ok(readFileSync(graphs[entry][0]).length < 1000, `${entry}.js is not a thin entry`);
});
