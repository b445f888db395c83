#!/usr/bin/env bash
# Runs the test layers. One wasm build (pkg/) serves the Node, type and browser layers.
#
#   scripts/test.sh [native] [wasm] [pkg] [browser] [fuzz]    (no argument: all but fuzz)
#
# The pkg layer includes a fuzz of 20,000 inputs; `fuzz` alone runs FUZZ_COUNT (1,000,000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/wasm-env.sh

layers=("$@")
[[ ${#layers[@]} -gt 0 ]] || layers=(native wasm pkg browser)
has() { [[ " ${layers[*]} " == *" $1 "* ]]; }
banner() { printf '\n=== %s ===\n' "$*"; }

# Every case the native rule tables run is recorded here and replayed through the package.
cases=target/rule-cases.jsonl
record_cases() {
  rm -f "$cases"
  DISPUTE_CALC_RECORD="$PWD/$cases" cargo test "$@"
}

if has native; then
  banner "native: cargo test (rules, calendar, money, JSON)"
  record_cases
  banner "generated: vocabulary.json, vocabulary.js, src/types.d.ts match the crate (else: make gen)"
  fresh=$(mktemp -d)
  cargo run -q -p dispute-calc-gen -- --out "$fresh"
  stale=0
  for file in vocabulary.json vocabulary.js src/types.d.ts; do
    diff -u "$file" "$fresh/$file" >"$fresh/diff" || { echo "stale: $file (run make gen)"; head -40 "$fresh/diff"; stale=1; }
  done
  rm -rf "$fresh"
  [[ $stale == 0 ]] || exit 1
  echo "generated: 3 files up to date"
  banner "vocabulary: the JS side against vocabulary.json (labels, currencies, fields)"
  node --test --test-reporter=spec tests/vocab/*.test.mjs
fi

if has wasm; then
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
  banner "wasm boundary: wasm-bindgen-test in Node"
  # No -q: the test runner rejects a forwarded --quiet.
  "$WASM_CARGO" test --target wasm32-unknown-unknown --test wasm "${WASM_BUILD_STD[@]}"
  banner "wasm boundary: wasm-bindgen-test in headless Chromium"
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json" \
    "$WASM_CARGO" test --target wasm32-unknown-unknown --test wasm "${WASM_BUILD_STD[@]}"
fi

if has pkg || has browser || has fuzz; then
  banner "build: pkg/ (shared by the layers below)"
  scripts/build-pkg.sh
  scripts/copy-www.sh
  # A user's project: the packed tarball installed by name, as `npm install dispute-calc` would.
  consumer=.tmp/consumer
  rm -rf "$consumer" && mkdir -p "$consumer"
  tarball=$(cd pkg && npm pack --silent --pack-destination "../$consumer")
  (
    cd "$consumer"
    printf '{ "name": "consumer", "private": true, "type": "module" }\n' >package.json
    npm install --silent --no-audit --no-fund "./$tarball"
  )
  cp tests/node/*.mjs tests/types/*.ts tests/types/tsconfig.json "$consumer/"
  find src -name "*.rs" | sort >"$consumer/sources.txt"
  # Recorded by an earlier run: record again when a source or test changed since.
  if [[ ! -s $cases || -n $(find src tests -name '*.rs' -newer "$cases" -print -quit) ]]; then
    banner "native: recording the rule tables' cases for the replay"
    record_cases -q
  fi
  cp "$cases" "$consumer/cases.jsonl"
fi

if has pkg; then
  banner "package: node --test, importing dispute-calc by name"
  (cd .tmp/consumer && node --test --test-reporter=spec ./*.test.mjs)
  banner "exercises: validatePack on every pack in exercises/ (make exercises)"
  node scripts/check-exercises.mjs
  banner "types: tsc --noEmit with @ts-expect-error lines"
  node_modules/.bin/tsc -p .tmp/consumer/tsconfig.json
  echo "types: 1 passed, 0 failed"
  banner "docs: the API reference from the package's declarations (make docs: TypeDoc, warnings as errors)"
  node_modules/.bin/typedoc
  node scripts/docs-rulesets.mjs --check
  banner "queue core: node --test tests/queue (CSV, mapping, chunked runs, triage, export; engine = the installed package)"
  node --test --test-reporter=spec tests/queue/*.test.mjs
  banner "command line: node --test tests/cli (the installed bin, as a user runs it: triage, evaluate, rulesets)"
  node --test --test-reporter=spec tests/cli/*.test.mjs
  banner "fuzz: 20,000 mutated inputs through the wasm boundary (seeded)"
  (cd .tmp/consumer && node fuzz.mjs 20000)
fi

if has fuzz; then
  banner "fuzz: ${FUZZ_COUNT:=1000000} mutated inputs through the wasm boundary (seeded)"
  (cd .tmp/consumer && node fuzz.mjs "$FUZZ_COUNT")
fi

if has browser; then
  banner "browser: Playwright in Debian's Chromium (page over http and file://, package by name)"
  node --test --test-reporter=spec --test-concurrency=1 tests/browser/*.test.mjs
fi
