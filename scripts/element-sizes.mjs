// What a page loads for each element entry: the entry file and every chunk it imports, raw and
// gzipped (zlib level 9, each file on its own as a server sends it). The web build the chunks
// import (../web/) is the engine, reported on its own. Used by build-element.mjs and bench.mjs.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export const ELEMENT_ENTRIES = ["index", "calculator", "queue", "exercise"];

/** The files of `dir` (pkg/element/) that `entry` reaches by its static imports, itself first. */
export function entryFiles(dir, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(new URL(file, dir), "utf8");
    // esbuild's output: `import"./chunk-X.js"` or `... from"./chunk-X.js"`.
    for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) visit(path);
  };
  visit(`${entry}.js`);
  return [...seen];
}

/** { entry, files, raw, gzipped } per entry of dir (a file: URL ending in "/"). */
export function entrySizes(dir) {
  return ELEMENT_ENTRIES.map((entry) => {
    const files = entryFiles(dir, entry);
    let raw = 0;
    let gzipped = 0;
    for (const file of files) {
      const bytes = readFileSync(new URL(file, dir));
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    return { entry, files, raw, gzipped };
  });
}
