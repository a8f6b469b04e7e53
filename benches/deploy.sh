#!/usr/bin/env bash
# Deploys generated sites to a running emulator and reports wall time and peak memory
# (max RSS) of zip + upload + StartDeployment (--no-wait: the job itself is the service's time)
# beside a baseline of `zip -qr` + `curl -T` of the same folder at the same
# compression level, and the --file-map mode (parallel uploads).
# Targets: peak memory under 32 MiB for the zip deploy (64 MiB with --file-map); wall time at
# most 0.6x the baseline for `medium` (10,000 files / 200 MB), within 1.5x for the others.
# amphost deflates entries on up to 8 threads (files above 4 MiB on the writing thread, streamed),
# so on a multi-core machine `medium` should beat the single-threaded zip; `large` (one file) cannot.
# Memory held by in-flight entries is capped at about 12 MiB of source bytes (see archive::write_zip).
# Usage: benches/deploy.sh [small|medium|large|all]   (default: all; needs zip, curl, GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
which_sizes=${1:-all}
# Installs what it needs when it can (Debian packages, as root).
for pkg in zip curl time; do
  bin=$pkg; [ "$pkg" = time ] && bin=/usr/bin/time
  command -v "$bin" >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq "$pkg" >/dev/null; } || true
done
for tool in zip curl python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/deploy.sh needs $tool" >&2; exit 2; }
done
cargo build --release --locked --quiet
bin=$PWD/target/release/amphost
work=$(mktemp -d)
trap 'kill "$emu_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1
export AWS_CONFIG_FILE=$work/none AWS_SHARED_CREDENTIALS_FILE=$work/none AWS_EC2_METADATA_DISABLED=true
"$bin" emulator --port 0 --data-dir "$work/data" --job-step-duration 100ms -q > "$work/url" &
emu_pid=$!
for _ in $(seq 50); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")

# Sites: text-like content that compresses about as real sites do.
gen() { # gen DIR FILES BYTES_EACH
  python3 - "$@" <<'PY'
import os, random, sys
root, n, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
words = [("".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(random.randint(2, 9)))).encode() for _ in range(5000)]
chunk = b" ".join(random.choice(words) for _ in range(300000))
for i in range(n):
    d = os.path.join(root, f"section{i % 50}", f"part{i % 7}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"page{i}.html"), "wb") as f:
        left = size
        while left > 0:
            start = random.randrange(0, len(chunk) - 65536)
            piece = chunk[start:start + min(left, 65536)]
            f.write(piece); left -= len(piece)
with open(os.path.join(root, "index.html"), "w") as f:
    f.write("<h1>bench</h1>")
PY
}

measure() { # measure NAME COMMAND… → prints "seconds maxrss_kib"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.$name" "$@" > /dev/null 2> "$work/err.$name" || { cat "$work/err.$name" >&2; echo "$name failed" >&2; exit 1; }
  cat "$work/time.$name"
}

report() { # name files bytes
  local name=$1 files=$2 bytes=$3
  local dir=$work/site-$name
  rm -rf "$dir"; mkdir -p "$dir"
  if [ "$name" = large ]; then
    python3 -c "
import os,random
random.seed(3)
words=[bytes(random.choice(b'abcdefghijklmnopqrstuvwxyz') for _ in range(random.randint(2,9))) for _ in range(5000)]
chunk=b' '.join(random.choice(words) for _ in range(400000))
with open('$dir/video.bin','wb') as f:
    left=$bytes
    while left>0:
        s=random.randrange(0,len(chunk)-1048576); p=chunk[s:s+min(left,1048576)]; f.write(p); left-=len(p)
open('$dir/index.html','w').write('<h1>bench</h1>')"
  else
    gen "$dir" "$files" $((bytes / files))
  fi
  "$bin" --endpoint-url "$url" -q app create "bench-$name" > /dev/null
  "$bin" --endpoint-url "$url" -q branch create --app "bench-$name" main > /dev/null
  "$bin" --endpoint-url "$url" -q branch create --app "bench-$name" files > /dev/null
  "$bin" --endpoint-url "$url" -q branch create --app "bench-$name" base > /dev/null
  local app_id; app_id=$("$bin" --endpoint-url "$url" -o text --query 'app.appId' app get "bench-$name")

  read -r t_amp m_amp < <(measure "amp-$name" "$bin" --endpoint-url "$url" -q deploy "$dir" --app "$app_id" --branch main --no-wait)
  read -r t_map m_map < <(measure "map-$name" "$bin" --endpoint-url "$url" -q deploy "$dir" --app "$app_id" --branch files --file-map --no-wait)
  # Baseline: zip -qr (level 6, as amphost's default) + curl -T to an upload URL, timed alone.
  local created; created=$(curl -sf --aws-sigv4 "aws:amz:us-east-1:amplify" --user test:test -X POST \
    -H 'content-type: application/json' -d '{}' "$url/apps/$app_id/branches/base/deployments" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["zipUploadUrl"])')
  read -r t_base _ < <(measure "base-$name" bash -c "cd '$dir' && zip -qr -6 '$work/base.zip' . && curl -sf -T '$work/base.zip' '$created' && rm -f '$work/base.zip'")
  python3 - "$name" "$files" "$bytes" "$t_amp" "$m_amp" "$t_map" "$m_map" "$t_base" <<'PY'
import sys
name, files, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
t_amp, m_amp, t_map, m_map, t_base = float(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]), int(sys.argv[7]), float(sys.argv[8])
ok_mem = m_amp < 32768 and m_map < 65536
ok_time = t_amp <= (0.6 if name == "medium" else 1.5) * max(t_base, 0.01)
print(f"{name:>6}: {files} files, {size/1e6:.0f} MB | deploy {t_amp:.2f}s {m_amp/1024:.1f} MiB | --file-map {t_map:.2f}s {m_map/1024:.1f} MiB | zip+curl {t_base:.2f}s "
      f"| ratio {t_amp/max(t_base,0.01):.2f}x | memory {'PASS' if ok_mem else 'FAIL'} time {'PASS' if ok_time else 'FAIL'}")
PY
}

echo "sizes: small = 1,000 small files; medium = 10,000 files / 200 MB; large = one 500 MB file"
case "$which_sizes" in
  small) report small 1000 4000000 ;;
  medium) report medium 10000 200000000 ;;
  large) report large 1 500000000 ;;
  all) report small 1000 4000000; report medium 10000 200000000; report large 1 500000000 ;;
  *) echo "usage: benches/deploy.sh [small|medium|large|all]" >&2; exit 2 ;;
esac
