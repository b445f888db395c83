// Builds the command line into the package (called by scripts/build-pkg.sh after write-pkg.mjs):
//
//   pkg/cli/dispute-calc.mjs   the `dispute-calc` bin: js/cli/*.mjs with the queue core
//                              (queue/*.js, the same modules <dispute-queue> runs) and Papa Parse
//                              bundled in, so the package keeps no runtime dependency
//   pkg/cli/worker.mjs         the worker thread of `dispute-calc evaluate`
//
// Both import the engine as the package's own Node build (../node/index.mjs), by relative path.
// Not minified: a stack trace from a user's terminal should be readable.
import { build } from "esbuild";
import { statSync, chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../js/cli/", import.meta.url));
const ownNodeBuild = {
  name: "own-node-build",
  setup(b) {
    b.onResolve({ filter: /^dispute-calc$/ }, () => ({ path: "../node/index.mjs", external: true }));
  },
};
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "inline",
  plugins: [ownNodeBuild],
  // Papa Parse is CommonJS and requires Node's stream module: give the ES module a require.
  banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
};
await build({
  ...common,
  entryPoints: [cli + "main.mjs"],
  outfile: "pkg/cli/dispute-calc.mjs",
  banner: { js: "#!/usr/bin/env node\n" + common.banner.js },
});
await build({ ...common, entryPoints: [cli + "worker.mjs"], outfile: "pkg/cli/worker.mjs" });
chmodSync("pkg/cli/dispute-calc.mjs", 0o755);
const size = (f) => statSync(f).size;
console.log(`cli: pkg/cli/dispute-calc.mjs ${size("pkg/cli/dispute-calc.mjs")} bytes, pkg/cli/worker.mjs ${size("pkg/cli/worker.mjs")} bytes`);
