# Sourced by the build and test scripts: selects how to build for wasm32.
# With rustup's wasm32 target installed, plain cargo works. Otherwise use Debian's rustc-web,
# which builds the wasm32 standard library from source (-Z build-std).
# DISPUTE_CALC_TOOLCHAIN=debian forces the fallback (to check that route where rustup works).
if [[ ${DISPUTE_CALC_TOOLCHAIN:-} != debian ]] &&
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  WASM_CARGO=cargo
  WASM_BUILD_STD=()
else
  export RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-19/bin/wasm-ld
  WASM_CARGO=/usr/bin/cargo
  WASM_BUILD_STD=(-Z build-std=std,panic_abort)
fi
