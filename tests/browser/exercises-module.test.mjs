// `dispute-calc/exercises` in Chromium: the installed package's web entry, loaded with only an
// import map (and with none), is ready after import, and gives the same instances and grades as
// the Node entry.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve, launch, openPage, repoRoot } from "./harness.mjs";

const root = join(repoRoot, ".tmp/consumer");
let browser;
let consumer;

// The page runs the same steps as the Node side below and reports them as JSON in a <pre>.
const steps = `
const exercise = coursePack.exercises.find((e) => e.id === "ae-2015-not-received");
const instance = instantiate(exercise, { seed: 5, locale: "zh-CN" });
const result = grade(instance, { outcome: "reject", refund: 0 });
const problems = validatePack(coursePack);
document.querySelector("pre").textContent = JSON.stringify({ instance, result, problems: problems.length });
`;

before(async () => {
  browser = await launch();
  await writeFile(
    join(root, "exercises-map.html"),
    `<!doctype html><meta charset="utf-8"><title>exercises</title><link rel="icon" href="data:,"><pre></pre>
<script type="importmap">{ "imports": { "dispute-calc/exercises": "/node_modules/dispute-calc/exercises/index.js" } }</script>
<script type="module">
import { coursePack, instantiate, grade, validatePack } from "dispute-calc/exercises";
${steps}
</script>`,
  );
  await writeFile(
    join(root, "exercises-url.html"),
    `<!doctype html><meta charset="utf-8"><title>exercises</title><link rel="icon" href="data:,"><pre></pre>
<script type="module">
import { coursePack, instantiate, grade, validatePack } from "./node_modules/dispute-calc/exercises/index.js";
${steps}
</script>`,
  );
  consumer = await serve(root);
});

after(async () => {
  await browser?.close();
  await consumer?.close();
});

async function inNode() {
  const { coursePack, instantiate, grade, validatePack } = await import(
    pathToFileURL(join(root, "node_modules/dispute-calc/exercises/node.js")).href
  );
  const exercise = coursePack.exercises.find((e) => e.id === "ae-2015-not-received");
  const instance = instantiate(exercise, { seed: 5, locale: "zh-CN" });
  return { instance, result: grade(instance, { outcome: "reject", refund: 0 }), problems: validatePack(coursePack).length };
}

for (const page of ["exercises-map.html", "exercises-url.html"]) {
  test(`the web entry is ready on import and agrees with Node (${page})`, async () => {
    const tab = await openPage(browser);
    await tab.goto(`${consumer.url}/${page}`);
    await tab.waitForFunction(() => document.querySelector("pre").textContent !== "", null, { timeout: 20000 });
    const inBrowser = JSON.parse(await tab.locator("pre").textContent());
    assert.equal(inBrowser.problems, 0);
    assert.equal(inBrowser.result.score, 2);
    assert.match(inBrowser.instance.scenario, /^速卖通上的一家女装店/);
    assert.deepEqual(inBrowser, await inNode());
    assert.deepEqual(tab.problems, []);
    await tab.context().close();
  });
}
