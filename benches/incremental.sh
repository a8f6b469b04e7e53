#!/usr/bin/env bash
# Bucket deploys, for a site of 10,000 files / 200 MB: a full deploy, a redeploy after 10 files
# changed, and a rollback. For each: wall time, peak memory (max RSS) and the bytes amphost
# uploaded (its JSON result), against moto's S3 server and the emulator on loopback, with
# --no-wait (the job itself is the service's time).
# Targets: the redeploy moves only the changed bytes and takes under a quarter of the full
# deploy's wall time; the rollback uploads nothing; peak memory under 64 MiB throughout.
# Usage: benches/incremental.sh [FILES] [BYTES]   (default: 10000 200000000; needs moto_server
# (pip install 'moto[server]<5.2'), python3 and GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10000}
bytes=${2:-200000000}
[ -x /usr/bin/time ] || { [ "$(id -u)" = 0 ] && apt-get install -y -qq time >/dev/null; } || true
for tool in moto_server python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/incremental.sh needs $tool" >&2; exit 2; }
done
cargo build --release --locked --quiet
bin=$PWD/target/release/amphost
work=$(mktemp -d)
trap 'kill "$emu_pid" "$moto_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1
export AWS_CONFIG_FILE=$work/none AWS_SHARED_CREDENTIALS_FILE=$work/none AWS_EC2_METADATA_DISABLED=true

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" > /dev/null 2>&1 &
moto_pid=$!
s3=http://127.0.0.1:$port
for _ in $(seq 100); do curl -s "$s3" > /dev/null && break; sleep 0.1; done
export AWS_ENDPOINT_URL_S3=$s3
"$bin" emulator --port 0 --data-dir "$work/data" --job-step-duration 100ms --s3-endpoint "$s3" -q > "$work/url" &
emu_pid=$!
for _ in $(seq 50); do [ -s "$work/url" ] && break; sleep 0.1; done
export AWS_ENDPOINT_URL
AWS_ENDPOINT_URL=$(head -1 "$work/url")
python3 - "$s3" <<'PY'
import sys, urllib.request
urllib.request.urlopen(urllib.request.Request(sys.argv[1] + "/bench", method="PUT")).read()
PY

site=$work/site
python3 - "$site" "$files" "$((bytes / files))" <<'PY'
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

deploy=(deploy "$site" --app bench --branch main --bucket s3://bench/site --no-wait)
read -r t_full m_full b_full < <(run full "${deploy[@]}" --create --grant --yes)
"$bin" -q job watch --app bench --branch main 1 > /dev/null
changed=$(python3 - "$site" <<'PY'
import os, sys
total = 0
for i in range(0, 10000, 1000):  # 10 files, spread over the site
    p = os.path.join(sys.argv[1], f"section{i % 50}", f"part{i % 7}", f"page{i}.html")
    if os.path.exists(p):
        with open(p, "ab") as f:
            f.write(b" changed")
        total += os.path.getsize(p)
print(total)
PY
)
read -r t_re m_re b_re < <(run redeploy "${deploy[@]}")
"$bin" -q job watch --app bench --branch main 2 > /dev/null
read -r t_rb m_rb b_rb < <(run rollback rollback --app bench --branch main --to 1 --no-wait)

python3 - "$files" "$bytes" "$t_full" "$m_full" "$b_full" "$t_re" "$m_re" "$b_re" "$changed" "$t_rb" "$m_rb" "$b_rb" <<'PY'
import sys
files, size = int(sys.argv[1]), int(sys.argv[2])
t_full, m_full, b_full, t_re, m_re, b_re, changed, t_rb, m_rb, b_rb = (float(x) for x in sys.argv[3:])
mib = lambda k: k / 1024
print(f"site: {files} files, {size/1e6:.0f} MB")
print(f"full deploy: {t_full:.2f}s, {mib(m_full):.1f} MiB peak, {b_full/1e6:.1f} MB uploaded")
print(f"redeploy (10 files changed): {t_re:.2f}s ({t_re/max(t_full,0.01):.2f}x the full deploy), {mib(m_re):.1f} MiB peak, "
      f"{b_re:.0f} bytes uploaded (the changed files hold {changed:.0f})")
print(f"rollback: {t_rb:.2f}s, {mib(m_rb):.1f} MiB peak, {b_rb:.0f} bytes uploaded")
checks = {
    "only the changed bytes move": b_re == changed,
    "redeploy under 1/4 of the full deploy": t_re < t_full / 4,
    "rollback uploads nothing": b_rb == 0,
    "peak memory under 64 MiB": max(m_full, m_re, m_rb) < 65536,
}
for name, ok in checks.items():
    print(f"  {'PASS' if ok else 'FAIL'}  {name}")
PY
