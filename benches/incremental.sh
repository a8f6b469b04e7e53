#!/usr/bin/env bash
# Bucket deploys, for a site of 10,000 files / 200 MB: a full deploy, a redeploy after 10 files
# changed, and a rollback; for each, wall time, peak memory (max RSS) and the bytes amphost
# uploaded (its JSON result). Against moto's S3 server and the emulator on loopback, with
# --no-wait (the job itself is the service's time), in four scenarios:
#   files | zip      a deployment kept as a prefix of files (the default), or as one zip (--zip)
#   loopback         amphost talks to moto directly: bytes cost nothing, requests cost moto's
#                    ~2 ms each (one Python process)
#   uplink           amphost's uploads go through one shared link of UPLINK_MBIT Mbit/s (100 by
#                    default; tests/fixtures/s3_proxy.py holds each body until the link would
#                    have carried it), as from a laptop or a CI runner outside AWS
# Targets: the redeploy moves only the changed bytes (a zip's: the changed entries and the
# zip's new directory) and takes under a quarter of the full deploy's wall time; the rollback
# uploads nothing; peak memory under 64 MiB throughout.
# Usage: benches/incremental.sh [FILES] [BYTES] [SCENARIO…]   (default: 10000 200000000, all
# four: files-loopback zip-loopback files-uplink zip-uplink; needs moto_server
# (pip install 'moto[server]<5.2'), python3 and GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10000}
bytes=${2:-200000000}
shift $(($# < 2 ? $# : 2))
scenarios=(files-loopback zip-loopback files-uplink zip-uplink)
[ $# -gt 0 ] && scenarios=("$@")
uplink=${UPLINK_MBIT:-100}
[ -x /usr/bin/time ] || { [ "$(id -u)" = 0 ] && apt-get install -y -qq time >/dev/null; } || true
for tool in moto_server python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/incremental.sh needs $tool" >&2; exit 2; }
done
cargo build --release --locked --quiet
bin=$PWD/target/release/amphost
work=$(mktemp -d)
trap 'kill "$emu_pid" "$moto_pid" "${proxy_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1
export AWS_CONFIG_FILE=$work/none AWS_SHARED_CREDENTIALS_FILE=$work/none AWS_EC2_METADATA_DISABLED=true

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" > /dev/null 2>&1 &
moto_pid=$!
s3=http://127.0.0.1:$port
for _ in $(seq 100); do curl -s "$s3" > /dev/null && break; sleep 0.1; done
python3 tests/fixtures/s3_proxy.py "$s3" --uplink-mbit "$uplink" > "$work/proxy" &
proxy_pid=$!
for _ in $(seq 50); do [ -s "$work/proxy" ] && break; sleep 0.1; done
through_uplink=http://127.0.0.1:$(head -1 "$work/proxy")
# The emulator (the service) reads S3 directly: Amplify fetches inside AWS.
"$bin" emulator --port 0 --data-dir "$work/data" --job-step-duration 100ms --s3-endpoint "$s3" -q > "$work/url" &
emu_pid=$!
for _ in $(seq 50); do [ -s "$work/url" ] && break; sleep 0.1; done
export AWS_ENDPOINT_URL
AWS_ENDPOINT_URL=$(head -1 "$work/url")
python3 - "$s3" <<'PY'
import sys, urllib.request
urllib.request.urlopen(urllib.request.Request(sys.argv[1] + "/bench", method="PUT")).read()
PY

python3 - "$work/original" "$files" "$((bytes / files))" <<'PY'
import os, random, sys
root, n, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
words = [("".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(random.randint(2, 9)))).encode() for _ in range(5000)]
chunk = b" ".join(random.choice(words) for _ in range(300000))
for i in range(n):
    d = os.path.join(root, f"section{i % 50}", f"part{i % 7}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"page{i}.html"), "wb") as f:
        start = random.randrange(0, len(chunk) - size)
        f.write(chunk[start:start + size])
with open(os.path.join(root, "index.html"), "w") as f:
    f.write("<h1>bench</h1>")
PY

run() { # run NAME ARGS… → "seconds maxrss_kib bytes_uploaded"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.$name" "$bin" -o json "$@" > "$work/out.$name" 2> "$work/err.$name" \
    || { cat "$work/err.$name" >&2; echo "$name failed" >&2; exit 1; }
  echo "$(cat "$work/time.$name") $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bytesUploaded"])' "$work/out.$name")"
}

# The size of a zip's central directory and end record, read from S3 (moto answers unsigned
# requests): what a composed zip's tail holds besides the changed entries.
directory_bytes() {
  python3 - "$s3" "$1" <<'PY'
import struct, sys, urllib.request
req = urllib.request.Request(sys.argv[1] + "/" + sys.argv[2][len("s3://"):], headers={"Range": "bytes=-22"})
end = urllib.request.urlopen(req).read()
assert end[:4] == b"PK\x05\x06", "no end record in the last 22 bytes"
print(struct.unpack("<I", end[12:16])[0] + 22)
PY
}

scenario() { # scenario MODE NETWORK → one line of figures
  local mode=$1 network=$2 app="bench-$1-$2" site=$work/site-$1-$2
  cp -a "$work/original" "$site"
  local endpoint=$s3 extra=()
  [ "$network" = uplink ] && endpoint=$through_uplink
  [ "$mode" = zip ] && extra=(--zip)
  local deploy=(deploy "$site" --app "$app" --branch main --bucket "s3://bench/$app" --no-wait "${extra[@]}")
  export AWS_ENDPOINT_URL_S3=$endpoint
  read -r t_full m_full b_full < <(run "$app-full" "${deploy[@]}" --create --grant --yes)
  "$bin" -q job watch --app "$app" --branch main 1 > /dev/null
  changed=$(python3 - "$site" "$files" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
total = 0
for i in range(0, n, max(1, n // 10)):  # 10 files, spread over the site
    p = os.path.join(root, f"section{i % 50}", f"part{i % 7}", f"page{i}.html")
    with open(p, "ab") as f:
        f.write(b" changed")
    total += os.path.getsize(p)
print(total)
PY
)
  read -r t_re m_re b_re < <(run "$app-re" "${deploy[@]}")
  local index=0
  if [ "$mode" = zip ]; then
    index=$(directory_bytes "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sourceUrl"])' "$work/out.$app-re")")
  fi
  "$bin" -q job watch --app "$app" --branch main 2 > /dev/null
  read -r t_rb m_rb b_rb < <(run "$app-rb" rollback --app "$app" --branch main --to 1 --no-wait)
  "$bin" -q job watch --app "$app" --branch main 3 > /dev/null
  rm -rf "$site"
  echo "$mode $network $t_full $m_full $b_full $t_re $m_re $b_re $changed $index $t_rb $m_rb $b_rb"
}

for s in "${scenarios[@]}"; do
  scenario "${s%-*}" "${s#*-}"
done > "$work/results"

python3 - "$files" "$bytes" "$uplink" "$work/results" <<'PY'
import sys
files, size, uplink = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
print(f"site: {files} files, {size/1e6:.0f} MB; uplink: {uplink} Mbit/s")
failed = False
for line in open(sys.argv[4]):
    mode, network, *nums = line.split()
    t_full, m_full, b_full, t_re, m_re, b_re, changed, index, t_rb, m_rb, b_rb = (float(x) for x in nums)
    mib = lambda k: k / 1024
    print(f"\n{mode}, {network}:")
    print(f"  full deploy: {t_full:.2f}s, {mib(m_full):.1f} MiB peak, {b_full/1e6:.1f} MB uploaded")
    said = f"the changed files hold {changed:.0f}" + (f"; the zip's directory {index:.0f}" if mode == "zip" else "")
    print(f"  redeploy (10 files changed): {t_re:.2f}s ({t_re/max(t_full,0.01):.2f}x the full deploy), "
          f"{mib(m_re):.1f} MiB peak, {b_re:.0f} bytes uploaded ({said})")
    print(f"  rollback: {t_rb:.2f}s, {mib(m_rb):.1f} MiB peak, {b_rb:.0f} bytes uploaded")
    # A zip's changed entries are the changed files deflated, plus a local header each.
    moved_only_changes = b_re == changed if mode == "files" else b_re - index <= changed + 10 * 200
    checks = {
        "only the changed bytes move": moved_only_changes,
        "redeploy under 1/4 of the full deploy": t_re < t_full / 4,
        "rollback uploads nothing": b_rb == 0,
        "peak memory under 64 MiB": max(m_full, m_re, m_rb) < 65536,
    }
    for name, ok in checks.items():
        failed |= not ok
        print(f"    {'PASS' if ok else 'FAIL'}  {name}")
sys.exit(1 if failed else 0)
PY
