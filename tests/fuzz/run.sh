#!/usr/bin/env bash
# Fuzzes the emulator's request routing and parsing, model validation, SigV4 verification
# and the rules engine, for a bounded time each (not run in CI). Needs cargo-fuzz (`cargo install cargo-fuzz`);
# on a stable toolchain, RUSTC_BOOTSTRAP=1 lets it use the nightly-only sanitizer flags.
# Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
command -v cargo-fuzz >/dev/null || { echo "needs cargo-fuzz: cargo install cargo-fuzz" >&2; exit 2; }
export RUSTC_BOOTSTRAP=1
for target in request validate sigv4 rules; do
  echo "== $target ($seconds s)"
  cargo fuzz run --fuzz-dir tests/fuzz --sanitizer none "$target" -- -max_total_time="$seconds" -max_len=4096 2>&1 | tail -n 3
done
