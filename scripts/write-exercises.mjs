// Writes pkg/exercises/: the `dispute-calc/exercises` entry. Called by scripts/write-pkg.mjs.
//
//   core.js         lib/exercises.js (instantiate, grade, validatePack, given a ready engine)
//   course-pack.js  exercises/course.json as a module (JSON modules are not yet everywhere)
//   index.js        browsers and bundlers: the web build, initialised by top-level await
//   node.js         Node: the Node build, ready on import
// Every import is relative, so a page with only an import map (or none) can load it.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";

export function writeExercises() {
  mkdirSync("pkg/exercises", { recursive: true });
  copyFileSync("lib/exercises.js", "pkg/exercises/core.js");
  copyFileSync("lib/exercises.d.ts", "pkg/exercises/index.d.ts");
  const pack = JSON.parse(readFileSync("exercises/course.json", "utf8"));
  writeFileSync(
    "pkg/exercises/course-pack.js",
    `// The course pack (source: exercises/course.json), frozen so no importer can change another's.
const freeze = (value) => {
  if (value && typeof value === "object") Object.values(Object.freeze(value)).forEach(freeze);
  return value;
};
export default freeze(${JSON.stringify(pack)});
`,
  );
  const entry = (engineImport, init) => `${engineImport}
import { createExercises } from "./core.js";
import coursePack from "./course-pack.js";
${init}
export const { instantiate, grade, validatePack } = createExercises(engine);
// Money as the exercises' texts write it: the package's one formatter (Intl).
export const formatMoney = engine.formatMoney;
export { coursePack };
`;
  writeFileSync(
    "pkg/exercises/index.js",
    entry(`import init, * as engine from "../web/index.js";`, "await init();"),
  );
  writeFileSync("pkg/exercises/node.js", entry(`import * as engine from "../node/index.mjs";`, ""));
  return {
    types: "./exercises/index.d.ts",
    node: "./exercises/node.js",
    default: "./exercises/index.js",
  };
}
