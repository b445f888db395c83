// Builds the element module into the package (called by scripts/build-pkg.sh after write-pkg.mjs):
//
//   pkg/element/index.js   ES module (<dispute-calculator> and <dispute-queue>); imports the web build by relative path (../web/), so an
//                          import map or a bundler needs no entry beyond "dispute-calc/element"
//   pkg/global/dispute-calc.js   the classic build gets the element appended: it registers
//                          <dispute-calculator> and <dispute-exercise> too, using the inlined wasm
//
// esbuild bundles the element's sibling modules into one file each (one request at start-up).
import { build } from "esbuild";
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const elements = fileURLToPath(new URL("../elements/", import.meta.url));
// TanStack Virtual (the queue's list) reads process.env.NODE_ENV for its debug names: a browser has
// no `process`, and production drops them.
const common = { entryPoints: [elements + "index.js"], bundle: true, minify: true, target: "es2022", legalComments: "none", define: { "process.env.NODE_ENV": '"production"' } };

// ES module: "dispute-calc" (the loader's import) becomes the package's own web build.
await build({
  ...common,
  format: "esm",
  outfile: "pkg/element/index.js",
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
  format: "iife",
  write: false,
  // The queue's module-worker URLs use import.meta; the classic build never takes that path
  // (elements/queue-worker-global.js passes every URL), so esbuild's warning is noise here.
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
// Only where there is a DOM: the queue's worker loads the same classic build with importScripts.
appendFileSync(
  "pkg/global/dispute-calc.js",
  "/* <dispute-calculator>, <dispute-exercise>, <dispute-queue> */\nif (typeof customElements !== \"undefined\") {\n" + global.outputFiles[0].text + "}\n",
);

mkdirSync("pkg/element", { recursive: true });
copyFileSync(elements + "index.d.ts", "pkg/element/index.d.ts");

// The Custom Elements Manifest (attributes, properties, events, parts, CSS properties) for IDEs,
// Storybook and framework wrappers, from the element's JSDoc. The analyzer also lists what it
// guesses from the code (the `type` argument of the emit helper, the shadow root's
// adoptedStyleSheets, the methods the form calls): only the documented surface is kept.
execFileSync("node_modules/.bin/cem", ["analyze", "--globs", "elements/calculator.js", "elements/exercise.js", "elements/queue.js", "--outdir", "target/cem", "--quiet"], { stdio: "inherit" });
const manifest = JSON.parse(readFileSync("target/cem/custom-elements.json", "utf8"));
for (const mod of manifest.modules) {
  mod.path = "element/index.js";
  for (const d of mod.declarations) {
    if (!d.tagName) continue;
    d.events = (d.events || []).filter((e) => e.description);
    // Fields (properties), and the documented public methods (submit, next, restart).
    const method = (m) => m.kind === "method" && m.description && !m.static;
    // Lit's static `properties` and `styles` declare the element to Lit, not to its users.
    d.members = (d.members || []).filter((m) => m.privacy !== "private" && !m.static && !m.name.startsWith("#") && m.name !== "adoptedStyleSheets" && (m.kind === "field" || method(m)));
  }
  mod.declarations = mod.declarations.filter((d) => d.tagName);
  mod.exports = (mod.exports || []).filter((e) => e.name === "DisputeCalculator" || e.name === "DisputeExercise" || e.name === "DisputeQueue" || e.kind === "custom-element-definition");
  for (const e of mod.exports) if (e.declaration) e.declaration.module = "element/index.js";
}
// Both elements ship in one module: one entry, as the package has one element module.
manifest.modules = [{
  kind: "javascript-module",
  path: "element/index.js",
  declarations: manifest.modules.flatMap((m) => m.declarations),
  exports: manifest.modules.flatMap((m) => m.exports),
}];
writeFileSync("pkg/element/custom-elements.json", JSON.stringify(manifest, null, 2) + "\n");
const size = readFileSync("pkg/element/index.js").length;
console.log(`element: pkg/element/index.js ${size} bytes`);
