// Builds the element module into the package (called by scripts/build-pkg.sh after write-pkg.mjs):
//
//   pkg/element/index.js   ES module; imports the web build by relative path (../web/), so an
//                          import map or a bundler needs no entry beyond "dispute-calc/element"
//   pkg/global/dispute-calc.js   the classic build gets the element appended: it registers
//                          <dispute-calculator> too, using the inlined wasm
//
// esbuild bundles the element's sibling modules into one file each (one request at start-up).
import { build } from "esbuild";
import { appendFileSync, copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const elements = fileURLToPath(new URL("../elements/", import.meta.url));
const common = { entryPoints: [elements + "index.js"], bundle: true, minify: true, target: "es2022", legalComments: "none" };

// ES module: "dispute-calc" (the loader's import) becomes the package's own web build.
await build({
  ...common,
  format: "esm",
  outfile: "pkg/element/index.js",
  plugins: [{
    name: "own-web-build",
    setup(b) {
      b.onResolve({ filter: /^dispute-calc$/ }, () => ({ path: "../web/dispute_calc.js", external: true }));
    },
  }],
});

// Classic script: the loader that waits for the inlined module of the same file.
const global = await build({
  ...common,
  format: "iife",
  write: false,
  plugins: [{
    name: "global-loader",
    setup(b) {
      b.onResolve({ filter: /^\.\/wasm\.js$/ }, () => ({ path: elements + "wasm-global.js" }));
    },
  }],
});
appendFileSync("pkg/global/dispute-calc.js", "/* <dispute-calculator> */\n" + global.outputFiles[0].text);

mkdirSync("pkg/element", { recursive: true });
copyFileSync(elements + "index.d.ts", "pkg/element/index.d.ts");
const size = readFileSync("pkg/element/index.js").length;
console.log(`element: pkg/element/index.js ${size} bytes`);
