// The package's Custom Elements Manifest, read as an IDE or a framework wrapper would (the
// `customElements` field of package.json), matches the elements it ships: every part name and
// every --dc-* custom property the elements' code uses is documented, and nothing else is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const root = dirname(require.resolve("dispute-calc/package.json"));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), "utf8"));
const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === "dispute-calculator");
const exercise = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === "dispute-exercise");
const queue = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === "dispute-queue");
const code = readFileSync(require.resolve("dispute-calc/element"), "utf8");

test("the manifest declares <dispute-calculator> with its attributes, properties and events", () => {
  assert.ok(element, "no dispute-calculator in the manifest");
  assert.deepEqual(element.attributes.map((a) => a.name).sort(), ["locale", "reply-locale", "ruleset", "tool", "view"]);
  assert.deepEqual(element.members.map((m) => m.name).sort(), ["input", "locale", "replyLocale", "result", "ruleset", "tool", "view"]);
  assert.equal(element.members.find((m) => m.name === "result").readonly, true);
  assert.deepEqual(element.events.map((e) => e.name).sort(), ["dispute-error", "dispute-input", "dispute-result"]);
  // The element's code dispatches exactly these.
  for (const e of element.events) assert.ok(code.includes(`"${e.name}"`), e.name);
  const definitions = manifest.modules.flatMap((m) => m.exports).filter((e) => e.kind === "custom-element-definition");
  assert.deepEqual(definitions.map((d) => d.name).sort(), ["dispute-calculator", "dispute-exercise", "dispute-queue"]);
});

test("the manifest declares <dispute-exercise> with its attributes, properties, methods and events", () => {
  assert.ok(exercise, "no dispute-exercise in the manifest");
  assert.equal(manifest.modules.length, 1);
  assert.deepEqual(exercise.attributes.map((a) => a.name).sort(), ["locale", "seed", "src"]);
  assert.deepEqual(exercise.members.filter((m) => m.kind === "field").map((m) => m.name).sort(), ["grades", "locale", "pack", "seed", "src"]);
  assert.deepEqual(exercise.members.filter((m) => m.kind === "method").map((m) => m.name).sort(), ["next", "restart", "submit"]);
  assert.equal(exercise.members.find((m) => m.name === "grades").readonly, true);
  assert.deepEqual(exercise.events.map((e) => e.name).sort(), ["exercise-answer", "exercise-complete"]);
  for (const e of exercise.events) assert.ok(code.includes(`"${e.name}"`), e.name);
  // It adopts the calculator's stylesheet: every property it documents is one the calculator documents.
  const calculatorProperties = new Set(element.cssProperties.map((p) => p.name));
  assert.ok(exercise.cssProperties.length >= 10);
  for (const p of exercise.cssProperties) assert.ok(calculatorProperties.has(p.name), p.name);
});

test("the manifest declares <dispute-queue> with its attributes, properties, methods and events", () => {
  assert.ok(queue, "no dispute-queue in the manifest");
  assert.deepEqual(queue.attributes.map((a) => a.name).sort(), ["as-of", "data-refused", "data-rows", "data-state", "locale", "reply-locale"]);
  assert.deepEqual(queue.members.filter((m) => m.kind === "field").map((m) => m.name).sort(), ["asOf", "entries", "items", "locale", "replyLocale"]);
  assert.deepEqual(queue.members.filter((m) => m.kind === "method").map((m) => m.name).sort(), ["exportCsv", "importFile"]);
  assert.equal(queue.members.find((m) => m.name === "entries").readonly, true);
  assert.deepEqual(queue.events.map((e) => e.name), ["queue-done"]);
  assert.ok(code.includes('"queue-done"'));
});

test("every part name the elements use is documented (by one of them), and only those", () => {
  const used = new Set();
  // part:"…" in the elements built with el(), part="…" in Lit templates.
  for (const [, names] of code.matchAll(/part[:=]"([\w -]+)"/g)) {
    // "badge badge-" + outcome: the fixed names, and badge-<outcome> in the documentation.
    for (const name of names.split(" ")) if (name && !name.endsWith("-")) used.add(name);
  }
  assert.ok(used.size >= 10, [...used].join(", "));
  const documented = new Set([...element.cssParts, ...exercise.cssParts, ...queue.cssParts].map((p) => p.name));
  assert.deepEqual([...documented].sort(), [...used].sort());
});

test("every --dc-* custom property the element's stylesheet reads is documented, and only those", () => {
  const used = new Set([...code.matchAll(/var\((--dc-[a-z-]+)/g)].map((m) => m[1]));
  assert.ok(used.has("--dc-accent") && used.size >= 20, [...used].join(", "));
  // The calculator documents the shared stylesheet's properties; the queue adds its list's own.
  const documented = new Set([...element.cssProperties, ...queue.cssProperties].map((p) => p.name));
  assert.deepEqual([...documented].sort(), [...used].sort());
});
