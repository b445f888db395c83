#!/usr/bin/env bash
# Installs what the build and the tests need. Idempotent: a second run only checks and returns.
#
#   scripts/setup.sh [wasm] [bindgen] [node] [browser]    (no argument: all of them)
#
# wasm     the wasm32 standard library: rustup's target, or Debian's rustc-web + build-std
# bindgen  wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock
# node     the JS dev dependencies (wasm-opt from binaryen, playwright-core, typescript, axe-core)
# browser  Debian's chromium and chromium-driver for headless tests, and a CJK font so Chinese
#          text renders in the page's screenshots
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf 'setup: %s\n' "$*" >&2; }
steps=("$@")
[[ ${#steps[@]} -gt 0 ]] || steps=(wasm bindgen node browser)

apt_updated=""
apt_install() {
  if [[ -z $apt_updated ]]; then
    log "apt-get update"
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

setup_wasm() {
  if [[ ${DISPUTE_CALC_TOOLCHAIN:-} == debian ]]; then
    debian_wasm
    return
  fi
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    return
  fi
  if [[ -x /usr/bin/rustc && -d /usr/lib/rustlib/src/rust && -x /usr/lib/llvm-19/bin/wasm-ld ]]; then
    return # the Debian fallback is already in place; scripts/wasm-env.sh selects it
  fi
  log "rustup target add wasm32-unknown-unknown (120 s limit)"
  if timeout 120 rustup target add wasm32-unknown-unknown >&2; then
    return
  fi
  log "rustup could not install the target; falling back to Debian's rustc-web with -Z build-std"
  debian_wasm
}

debian_wasm() {
  if [[ ! -x /usr/bin/rustc || ! -d /usr/lib/rustlib/src/rust || ! -x /usr/lib/llvm-19/bin/wasm-ld ]]; then
    apt_install rustc-web cargo-web rust-web-src lld-19
  fi
}

setup_bindgen() {
  local want have=""
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
  [[ -n $want ]] || { log "wasm-bindgen not found in Cargo.lock"; exit 1; }
  if command -v wasm-bindgen >/dev/null; then
    have=$(wasm-bindgen --version | awk '{ print $2 }')
  fi
  if [[ $have == "$want" ]] && command -v wasm-bindgen-test-runner >/dev/null; then
    return
  fi
  log "cargo install wasm-bindgen-cli $want (about 2 minutes, once)"
  # Not --locked: one locked dependency of the CLI is missing from the registry.
  cargo install -q wasm-bindgen-cli --version "$want" --force
}

setup_node() {
  local stamp=node_modules/.lock-hash hash
  hash=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ -f $stamp && $(cat "$stamp") == "$hash" ]]; then
    return
  fi
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$hash" >"$stamp"
}

setup_browser() {
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver && -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]]; then
    return
  fi
  apt_install chromium chromium-driver fonts-wqy-microhei
}

for step in "${steps[@]}"; do
  "setup_$step"
done
