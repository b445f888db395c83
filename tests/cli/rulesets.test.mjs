// dispute-calc rulesets, from the installed tarball: the table, --json, --locale.
import { test } from "node:test";
import assert from "node:assert/strict";
import { engine, run } from "./run.mjs";

test("rulesets: a table of every ruleset with its version and parameters; --json is rulesets()", async () => {
  const table = await run(["rulesets"]);
  assert.equal(table.status, 0, table.stderr);
  const text = table.stdout.toString();
  for (const r of engine.rulesets()) {
    assert.match(text, new RegExp(`^${r.id}\\s+${r.version}\\s+${r.currency ?? "any"}\\s+${r.name.replace(/[()]/g, "\\$&")}$`, "m"));
    for (const [key, value] of Object.entries(r.parameters)) assert.ok(text.includes(`${key}=${value}`), `${r.id} ${key}`);
  }
  const json = await run(["rulesets", "--json"]);
  assert.deepEqual(JSON.parse(json.stdout), engine.rulesets());
  const zh = await run(["rulesets", "--json", "--locale", "zh-CN"]);
  assert.deepEqual(JSON.parse(zh.stdout), engine.rulesets("zh-CN"));
  assert.notDeepEqual(JSON.parse(zh.stdout).map((r) => r.name), JSON.parse(json.stdout).map((r) => r.name));
});

test("rulesets: a locale the engine does not know, or an argument, is bad usage (exit 1)", async () => {
  for (const args of [["--locale", "xx"], ["taobao"], ["--table"]]) {
    const r = await run(["rulesets", ...args]);
    assert.equal(r.status, 1, args.join(" "));
    assert.match(r.stderr, /^dispute-calc: /);
    assert.match(r.stderr, /see: dispute-calc rulesets --help/);
  }
});
