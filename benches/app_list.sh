#!/usr/bin/env bash
# Times `amphost app list` against a running emulator beside `aws amplify list-apps` and
# `curl --aws-sigv4` making the same signed request, and reports the ratios.
# Targets: amphost at least 10x faster than the AWS CLI, and within 1.3x of curl.
# Usage: benches/app_list.sh [RUNS]   (needs hyperfine, aws, curl; builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
# Installs what it needs when it can (Debian packages as root; the AWS CLI from PyPI).
command -v hyperfine >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq hyperfine >/dev/null; } || true
command -v aws >/dev/null || python3 -m pip install --quiet --disable-pip-version-check awscli || true
for tool in hyperfine aws curl python3; do
  command -v "$tool" >/dev/null || { echo "benches/app_list.sh needs $tool (apt-get install hyperfine; pip install awscli)" >&2; exit 2; }
done
cargo build --release --locked --quiet
bin=$PWD/target/release/amphost
work=$(mktemp -d)
trap 'kill "$emu_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" emulator --port 0 --data-dir "$work/data" -q > "$work/url" &
emu_pid=$!
for _ in $(seq 50); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")
export HOME=$work AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=$work/none AWS_SHARED_CREDENTIALS_FILE=$work/none AWS_EC2_METADATA_DISABLED=true
for i in $(seq 20); do "$bin" --endpoint-url "$url" -o json -q app create "bench-$i" > /dev/null; done

hyperfine --warmup 3 --runs "$runs" --export-json "$work/result.json" -N \
  -n amphost "$bin --endpoint-url $url -o json app list" \
  -n aws "aws amplify list-apps --endpoint-url $url" \
  -n curl "curl -sf --aws-sigv4 aws:amz:us-east-1:amplify --user test:test $url/apps"

python3 - "$work/result.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
a, w, c = r["amphost"], r["aws"], r["curl"]
print(f"\nmean: amphost {a*1000:.1f} ms, aws {w*1000:.1f} ms, curl {c*1000:.1f} ms")
print(f"aws / amphost = {w/a:.1f}x  (target >= 10x): {'PASS' if w/a >= 10 else 'FAIL'}")
print(f"amphost / curl = {a/c:.2f}x (target <= 1.3x):  {'PASS' if a/c <= 1.3 else 'FAIL'}")
sys.exit(0 if w/a >= 10 and a/c <= 1.3 else 1)
PY
