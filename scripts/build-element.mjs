// Builds the element modules into the package (called by scripts/build-pkg.sh after write-pkg.mjs):
//
//   pkg/element/index.js        ES module registering all three elements (dispute-calc/element)
//   pkg/element/calculator.js   <dispute-calculator> only (dispute-calc/element/calculator)
//   pkg/element/queue.js        <dispute-queue> and the calculator of its detail dialog, with Papa Parse
//   pkg/element/exercise.js     <dispute-exercise> only, with the exercises' core
//   pkg/element/chunk-*.js      the code entries share (Lit, the wasm loader, the words, the result
//                               card): a page importing two entries loads it once
//   The modules import the web build by relative path (../web/), so an import map or a bundler
//   needs no entry beyond the element's own.
//   pkg/global/dispute-calc.js  the classic build gets all three elements appended, using the
//                               inlined wasm
import { build } from "esbuild";
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { entryTypes } from "./element-types.mjs";
import { entrySizes } from "./element-sizes.mjs";

const elements = fileURLToPath(new URL("../elements/", import.meta.url));
// TanStack Virtual (the queue's list) reads process.env.NODE_ENV for its debug names: a browser has
// no `process`, and production drops them.
const common = { bundle: true, minify: true, target: "es2022", legalComments: "none", define: { "process.env.NODE_ENV": '"production"' } };

// ES modules, one per entry, with code splitting: what two entries share lies in chunks beside
// them (same folder, so the chunks' ../web/ path holds too). "dispute-calc" (the loader's import)
// becomes the package's own web build.
await build({
  ...common,
  entryPoints: {
    index: elements + "index.js",
    calculator: elements + "entries/calculator.js",
    queue: elements + "entries/queue.js",
    exercise: elements + "entries/exercise.js",
  },
  format: "esm",
  splitting: true,
  outdir: "pkg/element",
  plugins: [{
    name: "own-web-build",
    setup(b) {
      b.onResolve({ filter: /^dispute-calc$/ }, () => ({ path: "../web/index.js", external: true }));
    },
  }],
});

// Classic script: the loader that waits for the inlined module of the same file.
const global = await build({
  ...common,
  entryPoints: [elements + "index.js"],
  format: "iife",
  write: false,
  // The queue's module-worker URL uses import.meta; the classic build never takes that path
  // (elements/queue-worker-global.js gives Blob workers), so esbuild's warning is noise here.
  logOverride: { "empty-import-meta": "silent" },
  plugins: [{
    name: "global-loader",
    setup(b) {
      // By the file imported, whichever module imports it (elements/queue/ imports ../queue-worker.js).
      const swap = { [elements + "wasm.js"]: elements + "wasm-global.js", [elements + "queue-worker.js"]: elements + "queue-worker-global.js" };
      b.onResolve({ filter: /(wasm|queue-worker)\.js$/ }, (args) => {
        const target = swap[join(args.resolveDir, args.path)];
        return target ? { path: target } : undefined;
      });
    },
  }],
});
// Only where there is a DOM: the queue's Blob workers run the engine part alone (engineSource).
appendFileSync(
  "pkg/global/dispute-calc.js",
  "/* <dispute-calculator>, <dispute-exercise>, <dispute-queue> */\nif (typeof customElements !== \"undefined\") {\n" + global.outputFiles[0].text + "}\n",
);

mkdirSync("pkg/element", { recursive: true });
copyFileSync(elements + "index.d.ts", "pkg/element/index.d.ts");

// One element per entry, and which classes (with their event maps) each registers. The queue
// registers the calculator its detail dialog shows.
const ENTRY_ELEMENTS = {
  calculator: { source: "elements/calculator.js", classes: ["DisputeCalculator"], registers: "<dispute-calculator>" },
  queue: { source: "elements/queue.js", classes: ["DisputeQueue", "DisputeCalculator"], registers: "<dispute-queue> (and <dispute-calculator>, which its detail shows)" },
  exercise: { source: "elements/exercise.js", classes: ["DisputeExercise"], registers: "<dispute-exercise>" },
};
const indexTypes = readFileSync(elements + "index.d.ts", "utf8");
for (const [entry, { classes, registers }] of Object.entries(ENTRY_ELEMENTS)) {
  const header = `/**
 * Types of \`dispute-calc/element/${entry}\`: importing it registers ${registers} and
 * nothing else; the wasm loads on first use, once per page. \`dispute-calc/element\` registers all three.
 *
 * @module dispute-calc/element/${entry}
 */`;
  writeFileSync(`pkg/element/${entry}.d.ts`, entryTypes(indexTypes, classes.flatMap((c) => [c, c + "EventMap"]), header));
}

// The Custom Elements Manifest (attributes, properties, events, parts, CSS properties) for IDEs,
// Storybook and framework wrappers, from the elements' JSDoc. The analyzer also lists what it
// guesses from the code (the `type` argument of the emit helper, the shadow root's
// adoptedStyleSheets, the methods the form calls): only the documented surface is kept.
const sources = Object.values(ENTRY_ELEMENTS).map((e) => e.source);
execFileSync("node_modules/.bin/cem", ["analyze", "--globs", ...sources, "--outdir", "target/cem", "--quiet"], { stdio: "inherit" });
const manifest = JSON.parse(readFileSync("target/cem/custom-elements.json", "utf8"));
// Each source module is published as its entry: elements/queue.js -> element/queue.js.
const published = Object.fromEntries(Object.entries(ENTRY_ELEMENTS).map(([entry, e]) => [e.source, `element/${entry}.js`]));
for (const mod of manifest.modules) {
  if (!published[mod.path]) throw new Error(`custom-elements.json: no entry for ${mod.path}`);
  mod.path = published[mod.path];
  for (const d of mod.declarations) {
    if (!d.tagName) continue;
    d.events = (d.events || []).filter((e) => e.description);
    // Fields (properties), and the documented public methods (submit, next, restart); not Lit's
    // static declarations (properties, styles) nor the protected hooks a Lit element overrides.
    const method = (m) => m.kind === "method" && m.description && !m.static;
    d.members = (d.members || []).filter((m) => m.privacy !== "private" && m.privacy !== "protected" && !m.static && !m.name.startsWith("#") && m.name !== "adoptedStyleSheets" && (m.kind === "field" || method(m)));
  }
  mod.declarations = mod.declarations.filter((d) => d.tagName);
  mod.exports = (mod.exports || []).filter((e) => e.name === "DisputeCalculator" || e.name === "DisputeExercise" || e.name === "DisputeQueue" || e.kind === "custom-element-definition");
  for (const e of mod.exports) if (e.declaration) e.declaration.module = published[e.declaration.module] ?? e.declaration.module;
}
// One module per entry. Each class is declared, and its tag defined, in its own entry's module
// (no tag is listed twice); the entries that export it too (element/index.js all three, the
// queue's the calculator) list it as a re-export.
const declaredIn = Object.fromEntries(manifest.modules.flatMap((m) => m.declarations.map((d) => [d.name, m.path])));
const reexport = (name) => ({ kind: "js", name, declaration: { name, module: declaredIn[name] } });
for (const [entry, { classes }] of Object.entries(ENTRY_ELEMENTS)) {
  manifest.modules.find((m) => m.path === `element/${entry}.js`).exports.push(...classes.slice(1).map(reexport));
}
manifest.modules.unshift({ kind: "javascript-module", path: "element/index.js", declarations: [], exports: Object.keys(declaredIn).map(reexport) });
writeFileSync("pkg/element/custom-elements.json", JSON.stringify(manifest, null, 2) + "\n");
for (const { entry, files, raw, gzipped } of entrySizes(pathToFileURL("pkg/element/"))) {
  console.log(`element: ${entry} ${raw} bytes, ${gzipped} bytes gzipped (${files.length} files)`);
}
