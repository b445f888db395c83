#!/usr/bin/env bash
# Builds the npm package into pkg/: cargo build -> wasm-bindgen -> wasm-opt -> package.json.
#
#   pkg/web/      ES module for browsers and bundlers: `await init()` fetches the .wasm
#   pkg/node/     Node build, ready on import: the .wasm is read from disk
#   pkg/global/   a classic <script> with the .wasm inlined, for pages opened from file://
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/wasm-env.sh

name=dispute_calc
# The catalogues first: a missing id, an unknown argument or a wrong plural category fails here.
node scripts/check-catalogues.mjs
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
# Panic locations name source files; keep the build machine's directories out of the package.
remap=(--remap-path-prefix="${CARGO_HOME:-$HOME/.cargo}/registry/src=/crates"
  --remap-path-prefix=/usr/lib/rustlib/src/rust=/rust)
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${remap[*]}"
"$WASM_CARGO" build --release --target wasm32-unknown-unknown "${WASM_BUILD_STD[@]}"
raw=target/wasm32-unknown-unknown/release/$name.wasm

rm -rf pkg
mkdir -p pkg
wasm-bindgen "$raw" --target web --out-dir pkg/web --out-name $name
wasm-bindgen "$raw" --target nodejs --out-dir pkg/node --out-name $name
wasm-bindgen "$raw" --target no-modules --out-dir target/global --out-name $name

# The features rustc enables by default for wasm32; wasm-opt must accept them.
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# --converge: repeat the passes while they shrink the module (about 0.2 KB gzipped). A second
# round over flattened code (--flatten --rereloop) finds 0.7 KB more.
# --low-memory-unused: rustc's wasm32 layout puts the stack and then the data above 1 MiB, so
# the low 1 KiB is never addressed. The producers and target-features sections are tool metadata.
opt=(-Oz --converge --low-memory-unused --flatten --rereloop -Oz -Oz --strip-producers --strip-target-features)
# The three targets' modules are the same bytes (only the JS glue differs), so the slow
# optimization runs once and its output is copied where the input was identical.
web_in=target/${name}_bg.unoptimized.wasm
cp "pkg/web/${name}_bg.wasm" "$web_in"
node_modules/.bin/wasm-opt "${opt[@]}" "${features[@]}" "$web_in" -o "pkg/web/${name}_bg.wasm"
for dir in pkg/node target/global; do
  if cmp -s "$dir/${name}_bg.wasm" "$web_in"; then
    cp "pkg/web/${name}_bg.wasm" "$dir/${name}_bg.wasm"
  else
    node_modules/.bin/wasm-opt "${opt[@]}" "${features[@]}" "$dir/${name}_bg.wasm" -o "$dir/${name}_bg.wasm"
  fi
done

node scripts/write-pkg.mjs "$version"
node scripts/build-element.mjs
node scripts/build-cli.mjs

# Gzipped as `make bench` measures it (zlib level 9), so the two reports agree.
node -e '
  const wasm = require("fs").readFileSync(process.argv[1]);
  const gz = require("zlib").gzipSync(wasm, { level: 9 }).length;
  console.log(`pkg: ${process.argv[2]}_bg.wasm ${wasm.length} bytes, ${gz} bytes gzipped (${(gz / 1024).toFixed(1)} KB)`);
' "pkg/web/${name}_bg.wasm" "$name"
