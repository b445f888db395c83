// Writes what wasm-bindgen does not: the package manifest, the Node ESM entry, the classic-script
// build with the wasm inlined, and the package README. Called by scripts/build-pkg.sh.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, cpSync, readdirSync } from "node:fs";
import { build } from "esbuild";
import { writeExercises } from "./write-exercises.mjs";
import { npmReadme } from "./npm-readme.mjs";

const version = process.argv[2];
const name = "dispute_calc";

// The renderer and the API wrapper (js/text/, with intl-messageformat and the two built-in
// catalogues), bundled once per module format; every entry below wraps its glue with it.
const textBundle = { entryPoints: ["js/text/api.js"], bundle: true, minify: true, target: "es2022", legalComments: "none" };
await build({ ...textBundle, format: "esm", outfile: "pkg/text/index.js" });
await build({ ...textBundle, format: "cjs", outfile: "pkg/text/index.cjs" });
const textGlobal = await build({ ...textBundle, format: "iife", globalName: "DisputeCalcText", write: false });

// The catalogues: every locale as JSON (loadLocale fetches or reads it), the elements' own words
// beside them in locales/ui/ (loadLocale(tag, { ui: true }) loads them), and per locale a classic
// script that registers both with the global build (pages opened from file://).
mkdirSync("pkg/locales/ui", { recursive: true });
const jsonTags = (dir) => readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length)).sort();
const uiTags = jsonTags("locales/ui");
for (const tag of uiTags) copyFileSync(`locales/ui/${tag}.json`, `pkg/locales/ui/${tag}.json`);
for (const tag of jsonTags("locales")) {
  const catalogue = readFileSync(`locales/${tag}.json`, "utf8");
  copyFileSync(`locales/${tag}.json`, `pkg/locales/${tag}.json`);
  const words = uiTags.includes(tag)
    ? `globalThis.DisputeCalc.registerUiLocale(${JSON.stringify(tag)}, ${JSON.stringify(JSON.parse(readFileSync(`locales/ui/${tag}.json`, "utf8")))});\n`
    : "";
  writeFileSync(
    `pkg/locales/${tag}.js`,
    `/* dispute-calc ${version}: the ${tag} catalogue${words ? " and the elements' words" : ""} for the global build (add after dispute-calc.js). */\n` +
      `globalThis.DisputeCalc.registerLocale(${JSON.stringify(tag)}, ${JSON.stringify(JSON.parse(catalogue))});\n` +
      words,
  );
}
const uiTagsJs = JSON.stringify(uiTags);
const apiNames = "evaluateDispute, evaluateDisputes, returnShippingSplit, refundPenalty, rulesets, formatMessage, formatMoney, formatDate, formatUi, loadLocale, registerLocale, registerUiLocale, hasLocale, hasUiLocale";

// Browsers and bundlers: the glue's init() loads the wasm; loadLocale fetches the catalogue that
// lies next to the module.
writeFileSync(
  "pkg/web/index.js",
  `// Web entry: the engine with its texts rendered (../text/). init() fetches the .wasm.
import init, * as glue from "./${name}.js";
import { wrap } from "../text/index.js";
const api = wrap(glue, (tag, kind) =>
  fetch(new URL(\`../locales/\${kind === "ui" ? "ui/" : ""}\${tag}.json\`, import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(\`dispute-calc: could not load the \${tag} catalogue (HTTP \${r.status})\`);
    return r.json();
  }),
${uiTagsJs});
export default init;
export const initSync = glue.initSync;
export const { ${apiNames} } = api;
`,
);
const apiTypes = `
/** A message of the catalogues with its typed arguments, rendered in \`locale\` (default "en"). */
export function formatMessage(message: Message, locale?: Locale): string;
/** \`amount\` minor units of \`currency\` as the locale writes money ("CN¥199.00", "199,00 CNY"). */
export function formatMoney(amount: number, currency: string, locale?: Locale): string;
/** A date ("2024-03-08") or date-time with offset as the locale writes it ("March 8, 2024"). */
export function formatDate(date: string, locale?: Locale, options?: { dateStyle?: "long" | "medium" | "short"; time?: boolean }): string;
/**
 * Loads a locale's catalogue (en and zh-CN are built in); resolves to the tag. With \`{ ui: true }\`
 * also the elements' own words of that locale (locales/ui/<tag>.json) when the package ships them.
 */
export function loadLocale(tag: Locale, options?: { ui?: boolean }): Promise<Locale>;
/** Registers a catalogue: a flat object of message id to ICU MessageFormat text. */
export function registerLocale(tag: Locale, catalogue: Record<string, string>): void;
/** Registers the elements' own words in a locale: a flat object of id ("outcomes.reject") to ICU MessageFormat text. */
export function registerUiLocale(tag: Locale, catalogue: Record<string, string>): void;
/** One of the elements' words in \`locale\`; the English word when the locale has none; undefined for an unknown id. */
export function formatUi(id: string, args?: Record<string, string | number>, locale?: Locale): string | undefined;
/** Whether a locale's catalogue is loaded (en and zh-CN always are). */
export function hasLocale(tag: string): boolean;
/** Whether the elements' words of a locale are registered. */
export function hasUiLocale(tag: string): boolean;
`;
writeFileSync(
  "pkg/web/index.d.ts",
  `/**\n * The main entry, \`dispute-calc\`: the three functions, the batch, \`rulesets()\`, and the renderer of their\n * texts (messages, money, dates, locales). \`await init()\` loads the wasm (in Node it is already loaded).\n *\n * @module dispute-calc\n */\nexport * from "./${name}.js";\nexport { default } from "./${name}.js";\nimport type { Message, Locale } from "./${name}.js";\n${apiTypes}`,
);

// Node: wasm-bindgen's nodejs target is CommonJS and loads the .wasm from disk on require. The
// entries wrap it, with an \`init()\` that resolves at once so the same code runs everywhere, and
// loadLocale reads the catalogue from disk.
writeFileSync("pkg/node/package.json", JSON.stringify({ type: "commonjs" }, null, 2) + "\n");
writeFileSync(
  "pkg/node/index.mjs",
  `// Node entry (ES module): the wasm is loaded from disk on import, so init() has nothing left to do.
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { wrap } from "../text/index.js";
const require = createRequire(import.meta.url);
const api = wrap(require("./${name}.js"), async (tag, kind) =>
  JSON.parse(await readFile(new URL(\`../locales/\${kind === "ui" ? "ui/" : ""}\${tag}.json\`, import.meta.url), "utf8")),
${uiTagsJs});
export const { ${apiNames} } = api;
export function initSync() {
  return api;
}
export default async function init() {
  return api;
}
`,
);
writeFileSync(
  "pkg/node/index.cjs",
  `// Node entry (CommonJS): require("dispute-calc").
"use strict";
const { readFile } = require("node:fs/promises");
const path = require("node:path");
const { wrap } = require("../text/index.cjs");
const api = wrap(require("./${name}.js"), async (tag, kind) =>
  JSON.parse(await readFile(path.join(__dirname, "..", "locales", kind === "ui" ? "ui" : "", tag + ".json"), "utf8")),
${uiTagsJs});
module.exports = { ...api, initSync: () => api, default: async () => api };
`,
);
copyFileSync("pkg/web/index.d.ts", "pkg/node/index.d.ts");
writeFileSync("pkg/node/index.d.ts", readFileSync("pkg/web/index.d.ts", "utf8").replaceAll(`./${name}.js`, `../web/${name}.js`));

// Classic script with the wasm inlined as base64: for pages opened from file://, where ES modules
// and fetch() of a .wasm are blocked. Defines one global, DisputeCalc, whose `ready` promise
// resolves to the API. The engine is one named function, run at once; its source text is kept as
// DisputeCalc.engineSource (not enumerable) for the element's worker pool, whose Blob workers run
// the same engine where no file can load (pages opened from disk).
mkdirSync("pkg/global", { recursive: true });
const glue = readFileSync(`target/global/${name}.js`, "utf8");
const wasm64 = readFileSync(`target/global/${name}_bg.wasm`).toString("base64");
writeFileSync(
  "pkg/global/dispute-calc.js",
  `/* dispute-calc ${version}: classic-script build with the wasm inlined. */
(function disputeCalcEngine() {
${glue}
  var base64 = "${wasm64}";
  var binary = atob(base64);
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  ${textGlobal.outputFiles[0].text}
  // loadLocale over http fetches the catalogues (locales/<tag>.json, locales/ui/<tag>.json); from
  // file://, where fetch is refused, it adds the classic script locales/<tag>.js, which registers
  // both. The folder: a data-locales attribute on this script's tag, else ../locales/ when this
  // file sits in the package's global/ folder, else locales/ beside it (a site's own copy).
  var script = typeof document !== "undefined" ? document.currentScript : null;
  var here = script ? script.src : "";
  var folder = here
    ? new URL(script.getAttribute("data-locales") || (new URL(here).pathname.split("/").slice(-2)[0] === "global" ? "../locales/" : "locales/"), here).href
    : "";
  var scripts = {};
  function addScript(tag) {
    if (!scripts[tag]) {
      scripts[tag] = new Promise(function (resolve, reject) {
        var node = document.createElement("script");
        node.src = folder + tag + ".js";
        node.onload = function () {
          resolve();
        };
        node.onerror = function () {
          delete scripts[tag];
          reject(new Error("dispute-calc: could not load " + node.src + " (add <script src=\\"locales/" + tag + ".js\\"> after the global build)"));
        };
        document.head.appendChild(node);
      });
    }
    return scripts[tag];
  }
  var wrapped = DisputeCalcText.wrap(wasm_bindgen, function (tag, kind) {
    if (!folder) throw new Error("dispute-calc: add <script src=\\"locales/" + tag + ".js\\"> after the global build");
    if (here.indexOf("file:") === 0) return addScript(tag);
    return fetch(new URL((kind === "ui" ? "ui/" : "") + tag + ".json", folder)).then(function (r) {
      if (!r.ok) throw new Error("dispute-calc: could not load the " + tag + " catalogue (HTTP " + r.status + ")");
      return r.json();
    });
  }, ${uiTagsJs});
  // What needs no wasm is there at once (the elements' words, loading a locale); the rest when ready.
  var api = {};
  ["registerLocale", "registerUiLocale", "hasLocale", "hasUiLocale", "loadedLocales", "formatMessage", "formatMoney", "formatDate", "formatUi", "loadLocale"].forEach(function (fn) {
    api[fn] = wrapped[fn];
  });
  globalThis.DisputeCalc = api;
  Object.defineProperty(api, "engineSource", { value: "(" + disputeCalcEngine + ")();" });
  api.ready = wasm_bindgen({ module_or_path: bytes }).then(function () {
    for (var fn in wrapped) api[fn] = wrapped[fn];
    return api;
  });
})();
`,
);
copyFileSync("pkg/web/dispute_calc.d.ts", "pkg/global/types.d.ts");

// The queue's CSV templates (its workers are dispute-calc/parallel's, in parallel/).
mkdirSync("pkg/queue", { recursive: true });
cpSync("queue/templates", "pkg/queue/templates", { recursive: true });

// dispute-calc/vocabulary.json (generated from the crate by `make gen`), and the same as an ES
// module: the exercises' core (../vocabulary.js from exercises/core.js) imports it, as
// lib/exercises.js does in the repository.
copyFileSync("vocabulary.json", "pkg/vocabulary.json");
copyFileSync("vocabulary.js", "pkg/vocabulary.js");

// dispute-calc/parallel: evaluateDisputes across workers (its sources are plain JS in js/parallel).
cpSync("js/parallel", "pkg/parallel", { recursive: true });

const manifest = {
  name: "dispute-calc",
  version,
  description:
    "After-sales dispute calculator (AliExpress, Amazon, Taobao, Tmall, Chinese consumer law) in WebAssembly: decisions, deadlines, shipping splits and penalties, computed in the page.",
  license: "MIT",
  type: "module",
  main: "./node/index.cjs",
  module: "./web/index.js",
  types: "./web/index.d.ts",
  customElements: "./element/custom-elements.json",
  // The command line (scripts/build-cli.mjs): `npx dispute-calc triage|evaluate|rulesets`.
  bin: { "dispute-calc": "./cli/dispute-calc.mjs" },
  exports: {
    ".": {
      types: "./web/index.d.ts",
      node: {
        import: "./node/index.mjs",
        require: "./node/index.cjs",
      },
      default: "./web/index.js",
    },
    "./locales/*.json": "./locales/*.json",
    "./locales/*.js": "./locales/*.js",
    "./dispute_calc_bg.wasm": "./web/dispute_calc_bg.wasm",
    "./global": "./global/dispute-calc.js",
    "./exercises": writeExercises(),
    // All three elements, or one: a page that shows a calculator loads no CSV parser or course.
    "./element": { types: "./element/index.d.ts", default: "./element/index.js" },
    "./element/calculator": { types: "./element/calculator.d.ts", default: "./element/calculator.js" },
    "./element/queue": { types: "./element/queue.d.ts", default: "./element/queue.js" },
    "./element/exercise": { types: "./element/exercise.d.ts", default: "./element/exercise.js" },
    "./custom-elements.json": "./element/custom-elements.json",
    "./queue/templates/*": "./queue/templates/*",
    "./parallel": {
      types: "./parallel/index.d.ts",
      node: "./parallel/node.mjs",
      default: "./parallel/web.mjs",
    },
    "./vocabulary.json": "./vocabulary.json",
    "./vocabulary.js": "./vocabulary.js",
    "./package.json": "./package.json",
  },
  files: ["web", "node", "global", "text", "locales", "exercises", "element", "parallel", "queue", "cli", "vocabulary.json", "vocabulary.js", "README.md"],
  // The element entries register elements; their chunks hold the code that does, so no bundler
  // may drop a chunk's statements.
  sideEffects: ["./global/dispute-calc.js", "./locales/*.js", "./exercises/index.js", "./element/*.js"],
  engines: { node: ">=20" },
  keywords: ["dispute", "refund", "aliexpress", "taobao", "tmall", "amazon", "wasm"],
};
writeFileSync("pkg/package.json", JSON.stringify(manifest, null, 2) + "\n");

// The npm page (pkg/README.md): install, every entry with one example, browser and Node notes,
// links to the guides. The examples are docs/examples/ as they are: tests/node/docs.test.mjs runs
// each against the installed package and checks this page shows them byte for byte.
const example = (file, lang) => `<!-- include: docs/examples/${file} -->\n\`\`\`${lang}\n${readFileSync(`docs/examples/${file}`, "utf8")}\`\`\``;
writeFileSync("pkg/README.md", npmReadme(version, example));
