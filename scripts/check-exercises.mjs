// `make exercises [PACK=my-pack.json]`: validatePack on every pack in exercises/ and on the pack
// files given, through the built package (pkg/). Exits 1 when any pack has a problem.
import { readFileSync, readdirSync } from "node:fs";
import { validatePack } from "../pkg/exercises/node.js";

const files = [
  ...readdirSync("exercises").filter((name) => name.endsWith(".json")).sort().map((name) => `exercises/${name}`),
  ...process.argv.slice(2).filter(Boolean),
];
let failed = 0;
for (const file of files) {
  let problems;
  let count = 0;
  try {
    const pack = JSON.parse(readFileSync(file, "utf8"));
    count = Array.isArray(pack?.exercises) ? pack.exercises.length : 0;
    problems = validatePack(pack);
  } catch (error) {
    problems = [{ kind: "schema", exercise: null, where: "", message: `cannot read the pack: ${error.message}` }];
  }
  console.log(`${file}: ${count} exercises, ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  for (const problem of problems) {
    const who = problem.exercise ? ` (${problem.exercise})` : "";
    console.log(`  ${problem.kind} at ${problem.where || "the pack"}${who}: ${problem.message}`);
  }
  if (problems.length) failed++;
}
if (failed) {
  console.log(`exercises: ${failed} of ${files.length} pack${files.length === 1 ? "" : "s"} with problems`);
  process.exit(1);
}
console.log(`exercises: ${files.length} pack${files.length === 1 ? "" : "s"} checked, no problems`);
