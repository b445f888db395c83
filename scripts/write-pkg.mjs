// Writes what wasm-bindgen does not: the package manifest, the Node ESM entry, the classic-script
// build with the wasm inlined, and the package README. Called by scripts/build-pkg.sh.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, cpSync } from "node:fs";
import { writeExercises } from "./write-exercises.mjs";

const version = process.argv[2];
const name = "dispute_calc";

// Node: wasm-bindgen's nodejs target is CommonJS and loads the .wasm from disk on require. The ESM
// entry re-exports it, with an `init()` that resolves at once so the same code runs everywhere.
writeFileSync("pkg/node/package.json", JSON.stringify({ type: "commonjs" }, null, 2) + "\n");
writeFileSync(
  "pkg/node/index.mjs",
  `// Node entry: the wasm is loaded from disk on import, so init() has nothing left to do.
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const api = require("./${name}.js");
export const { evaluateDispute, evaluateDisputes, returnShippingSplit, refundPenalty, rulesets } = api;
export function initSync() {
  return api;
}
export default async function init() {
  return api;
}
`,
);

// Classic script with the wasm inlined as base64: for pages opened from file://, where ES modules
// and fetch() of a .wasm are blocked. Defines one global, DisputeCalc, whose `ready` promise
// resolves to the API.
mkdirSync("pkg/global", { recursive: true });
const glue = readFileSync(`target/global/${name}.js`, "utf8");
const wasm64 = readFileSync(`target/global/${name}_bg.wasm`).toString("base64");
writeFileSync(
  "pkg/global/dispute-calc.js",
  `/* dispute-calc ${version}: classic-script build with the wasm inlined. */
(function () {
${glue}
  var base64 = "${wasm64}";
  var binary = atob(base64);
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  var api = {};
  globalThis.DisputeCalc = api;
  api.ready = wasm_bindgen({ module_or_path: bytes }).then(function () {
    ["evaluateDispute", "evaluateDisputes", "returnShippingSplit", "refundPenalty", "rulesets"].forEach(
      function (fn) {
        api[fn] = wasm_bindgen[fn];
      },
    );
    return api;
  });
})();
`,
);
copyFileSync("pkg/web/dispute_calc.d.ts", "pkg/global/types.d.ts");

// The queue's worker file (the element starts it from ../queue/worker.js over http) and the CSV
// templates; scripts/build-queue-worker.mjs adds worker-global.js (file:// pages).
mkdirSync("pkg/queue", { recursive: true });
copyFileSync("queue/worker.js", "pkg/queue/worker.js");
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
  main: "./node/dispute_calc.js",
  module: "./web/dispute_calc.js",
  types: "./web/dispute_calc.d.ts",
  customElements: "./element/custom-elements.json",
  exports: {
    ".": {
      types: "./web/dispute_calc.d.ts",
      node: {
        import: "./node/index.mjs",
        require: "./node/dispute_calc.js",
      },
      default: "./web/dispute_calc.js",
    },
    "./dispute_calc_bg.wasm": "./web/dispute_calc_bg.wasm",
    "./global": "./global/dispute-calc.js",
    "./exercises": writeExercises(),
    "./element": { types: "./element/index.d.ts", default: "./element/index.js" },
    "./custom-elements.json": "./element/custom-elements.json",
    "./queue/worker.js": "./queue/worker.js",
    "./queue/worker-global.js": "./queue/worker-global.js",
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
  files: ["web", "node", "global", "exercises", "element", "parallel", "queue", "vocabulary.json", "vocabulary.js", "README.md"],
  sideEffects: ["./global/dispute-calc.js", "./exercises/index.js", "./element/index.js", "./queue/worker.js", "./queue/worker-global.js"],
  engines: { node: ">=20" },
  keywords: ["dispute", "refund", "aliexpress", "taobao", "tmall", "amazon", "wasm"],
};
writeFileSync("pkg/package.json", JSON.stringify(manifest, null, 2) + "\n");

writeFileSync(
  "pkg/README.md",
  `# dispute-calc

After-sales dispute calculator for AliExpress, Amazon, Taobao, Tmall and Chinese consumer law,
compiled to WebAssembly. Everything runs in the page or in Node: no server, no network, and the
module never reads the clock (every date is an input).

\`\`\`js
import init, { evaluateDispute, returnShippingSplit, refundPenalty, rulesets } from "dispute-calc";
await init(); // browsers: fetches the .wasm; Node: already loaded

const p = refundPenalty({ ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 });
// { refund: 19900, penalty: 5970, total: 25870, formula: "min(30% x 199.00, 500.00)", ... }
\`\`\`

Money is in integer minor units (fen, cents). Bad input throws an \`Error\` named
\`DisputeInputError\` with \`code\`, \`field\` and \`message\`.

Entries: \`dispute-calc\` (ES module; Node loads the .wasm from disk), \`dispute-calc/global\`
(a classic script that defines \`DisputeCalc\`, with the wasm inlined, for pages opened from disk),
\`dispute-calc/dispute_calc_bg.wasm\` (the raw module), \`dispute-calc/element\` (registers the
\`<dispute-calculator>\` element, form and result card in a shadow root; \`<dispute-exercise>\`,
course exercises answered and graded in the page; and \`<dispute-queue>\`, a whole list of disputes
from a CSV file triaged in the page; the classic build registers all three; the queue's worker is
\`queue/worker.js\`, with \`queue/worker-global.js\` for pages opened from disk, and CSV templates in
\`queue/templates/\`), \`dispute-calc/exercises\` (\`coursePack\`, \`instantiate\`, \`grade\`, \`validatePack\`),
\`dispute-calc/parallel\` (\`evaluateDisputesParallel\` across Web Workers or worker threads, with
progress and an AbortSignal), \`dispute-calc/vocabulary.json\` (every enum with its values, the
currencies with their decimals, each function's input and output fields with their kinds, each
ruleset's parameters, sources and the fields each reason reads, evidence codes, deadline names,
offer kinds; generated from the engine's own types, and \`dispute-calc/vocabulary.js\` the same
as an ES module). Pages need a Content-Security-Policy of
\`script-src 'self' 'wasm-unsafe-eval'\`.
`,
);
