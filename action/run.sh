#!/usr/bin/env bash
# What the amphost GitHub Action (action.yml) does, kept out of the YAML so that it can be tested
# (tests/action.rs runs it against the emulator with a simulated runner):
#   run.sh platform            the release target of this runner (RUNNER_OS/RUNNER_ARCH), or nothing
#   run.sh install             the release binary of INPUT_VERSION, its SHA-256 checked, on GITHUB_PATH;
#                              outputs installed=false when no binary fits (the cargo fallback runs)
#   run.sh cargo-install       the fallback: cargo install --locked amphost, into AMPHOST_CARGO_ROOT
#   run.sh deploy [--dry-run]  amphost -o json deploy from the INPUT_* variables; outputs url, job-id,
#                              status; the pull request comment; exits with amphost's exit code
#                              (--dry-run prints the command's arguments, one a line, and runs nothing)
# Settings for tests and forks: AMPHOST_RELEASES_URL (where releases are, default the project's
# GitHub releases; file:// works), AMPHOST_INSTALL_DIR, AMPHOST_BIN (the amphost deploy runs),
# AMPHOST_JSON_TOOL (jq or python: which reads JSON; default jq when it is installed).
# Written for bash 3.2 too (macOS): no mapfile, no ${x,,}, empty arrays guarded.
set -euo pipefail

releases=${AMPHOST_RELEASES_URL:-https://github.com/amphost/amphost/releases}
releases=${releases%/}
marker='<!-- amphost-deploy -->'

error() { printf '::error::amphost action: %s\n' "$*" >&2; }
warn() { printf '::warning::amphost action: %s\n' "$*" >&2; }
note() { printf 'amphost action: %s\n' "$*" >&2; }
fail() { error "$*"; exit 1; }

# output NAME VALUE: a step output. Values are one line (a line break would start another output).
output() {
  local value=${2//$'\n'/ }
  if [ -n "${GITHUB_OUTPUT:-}" ]; then printf '%s=%s\n' "$1" "${value//$'\r'/}" >> "$GITHUB_OUTPUT"; fi
}

# path_add DIR: DIR on the PATH of the job's later steps.
path_add() {
  if [ -n "${GITHUB_PATH:-}" ]; then printf '%s\n' "$1" >> "$GITHUB_PATH"; fi
}

# The Rust target whose release archive runs here, or nothing when no release binary fits.
platform() {
  local os=${RUNNER_OS:-$(uname -s)} arch=${RUNNER_ARCH:-$(uname -m)}
  case "$os/$arch" in
    Linux/X64 | Linux/x86_64 | Linux/amd64) echo x86_64-unknown-linux-musl ;;
    Linux/ARM64 | Linux/aarch64 | Linux/arm64) echo aarch64-unknown-linux-musl ;;
    macOS/X64 | Darwin/x86_64) echo x86_64-apple-darwin ;;
    macOS/ARM64 | Darwin/arm64) echo aarch64-apple-darwin ;;
    Windows/X64 | MINGW*/x86_64 | MSYS*/x86_64 | CYGWIN*/x86_64) echo x86_64-pc-windows-msvc ;;
    *) echo "" ;;
  esac
}

# The version to install, without its v: INPUT_VERSION, or the latest release's (the tag
# GitHub's /releases/latest redirects to).
resolve_version() {
  local version=${INPUT_VERSION:-latest} effective
  if [ "$version" = latest ]; then
    effective=$(curl -fsSL --retry 3 -o /dev/null -w '%{url_effective}' "$releases/latest") ||
      fail "could not find the latest release at $releases/latest; set the version input (e.g. version: 0.1.0)"
    version=${effective##*/}
    # With no release yet, GitHub redirects to the releases page instead of a tag.
    case "$effective" in */releases/tag/*) ;; *) fail "no latest release at $releases (it led to $effective); set the version input" ;; esac
  fi
  version=${version#v}
  # The version lands in URLs and paths: nothing but a version number gets there.
  local pattern='^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$'
  [[ $version =~ $pattern ]] || fail "version \"$version\" is not a version number like 0.1.0 (or latest)"
  echo "$version"
}

sha256() {
  if command -v sha256sum > /dev/null 2>&1; then
    sha256sum "$1" | awk '{print $1}'
  elif command -v shasum > /dev/null 2>&1; then
    shasum -a 256 "$1" | awk '{print $1}'
  else
    openssl dgst -sha256 -r "$1" | awk '{print $1}'
  fi
}

# verify FILE SUMS_FILE: the file's SHA-256 is the first word of the sums file, or the install fails.
verify() {
  local expected actual
  expected=$(awk 'NR == 1 {print tolower($1)}' "$2")
  [[ $expected =~ ^[0-9a-f]{64}$ ]] || fail "$(basename "$2") holds no SHA-256 checksum: not installing $(basename "$1")"
  actual=$(sha256 "$1" | tr 'A-F' 'a-f')
  [ "$expected" = "$actual" ] ||
    fail "checksum mismatch for $(basename "$1"): expected $expected, got $actual; the download is corrupt or was tampered with, and is not installed"
}

unpack() { # unpack ARCHIVE DIR
  case "$1" in
    *.zip) if command -v unzip > /dev/null 2>&1; then unzip -q "$1" -d "$2"; else "$(python_cmd)" -m zipfile -e "$1" "$2"; fi ;;
    *) tar -xzf "$1" -C "$2" ;;
  esac
}

cargo_root() { echo "${AMPHOST_CARGO_ROOT:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/amphost-cargo}"; }

install_release() {
  local version target ext exe='' name base work dir
  version=$(resolve_version)
  output version "$version"
  output cargo-root "$(cargo_root)"
  target=$(platform)
  if [ -z "$target" ]; then
    note "no release binary for ${RUNNER_OS:-$(uname -s)} ${RUNNER_ARCH:-$(uname -m)}: amphost is built with cargo install"
    output installed false
    return 0
  fi
  ext=tar.gz
  case "$target" in *windows*) ext=zip exe=.exe ;; esac
  name="amphost-v$version-$target"
  base="$releases/download/v$version"
  work=$(mktemp -d)
  # shellcheck disable=SC2064 # the folder of this run, expanded now
  trap "rm -rf '$work'" EXIT
  note "downloading $base/$name.$ext"
  if ! curl -fsSL --retry 3 -o "$work/$name.$ext" "$base/$name.$ext"; then
    warn "no release archive at $base/$name.$ext: amphost is built with cargo install instead"
    output installed false
    return 0
  fi
  # The archive is there, so its checksum must be too: never installed unverified.
  curl -fsSL --retry 3 -o "$work/$name.$ext.sha256" "$base/$name.$ext.sha256" ||
    fail "could not download $base/$name.$ext.sha256: not installing an archive whose checksum is unknown"
  verify "$work/$name.$ext" "$work/$name.$ext.sha256"
  mkdir -p "$work/unpacked"
  unpack "$work/$name.$ext" "$work/unpacked"
  [ -f "$work/unpacked/$name/amphost$exe" ] || fail "$name.$ext has no $name/amphost$exe"
  dir=${AMPHOST_INSTALL_DIR:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/amphost-$version}
  mkdir -p "$dir"
  cp "$work/unpacked/$name/amphost$exe" "$dir/amphost$exe"
  chmod +x "$dir/amphost$exe"
  "$dir/amphost$exe" --version >&2
  path_add "$dir"
  output installed true
  output path "$dir/amphost$exe"
}

# The fallback when no release binary fits: cargo install, into a root that action.yml caches.
cargo_install() {
  local version=${AMPHOST_VERSION:-} root exe=''
  [ -n "$version" ] || version=$(resolve_version)
  root=$(cargo_root)
  case "$(platform)/${RUNNER_OS:-}" in *windows*/* | */Windows) exe=.exe ;; esac
  if [ -x "$root/bin/amphost$exe" ] && "$root/bin/amphost$exe" --version | grep -qF " $version"; then
    note "amphost $version from the cache ($root)"
  else
    command -v cargo > /dev/null 2>&1 ||
      fail "no release binary fits this runner and cargo is not installed: add a Rust toolchain step (e.g. dtolnay/rust-toolchain@stable) before this action"
    cargo install --locked --root "$root" amphost --version "$version"
  fi
  path_add "$root/bin"
  output path "$root/bin/amphost$exe"
}

python_cmd() {
  if command -v python3 > /dev/null 2>&1; then echo python3; else echo python; fi
}

json_tool() {
  if [ -n "${AMPHOST_JSON_TOOL:-}" ]; then
    echo "$AMPHOST_JSON_TOOL"
  elif command -v jq > /dev/null 2>&1; then
    echo jq
  else
    echo python
  fi
}

# json OP FILE [ARG]: what the action reads from JSON, with jq or else Python (one of them is on
# every GitHub-hosted runner; Windows has no python3):
#   field FILE KEY    a top-level member of the object in FILE, as text (nothing when absent)
#   pr FILE           the pull request's number in an event payload
#   head FILE         the pull request's head commit in an event payload
#   marker FILE TEXT  the id of the first comment of the list in FILE whose body holds TEXT
#   count FILE        how many items the list in FILE has
#   body FILE         {"body": the text of FILE}, for the comment API
json() {
  if [ "$(json_tool)" = jq ]; then
    case "$1" in
      field) jq -r --arg k "$3" 'if type == "object" and .[$k] != null then .[$k] | tostring else empty end' "$2" ;;
      pr) jq -r '.pull_request.number // empty' "$2" ;;
      head) jq -r '.pull_request.head.sha // empty' "$2" ;;
      marker) jq -r --arg m "$3" '[.[]? | select((.body // "") | contains($m)) | .id][0] // empty' "$2" ;;
      count) jq -r 'if type == "array" then length else 0 end' "$2" ;;
      body) jq -Rs '{body: .}' "$2" ;;
    esac
  else
    "$(python_cmd)" - "$@" << 'PY'
import json, sys
op, path, arg = sys.argv[1], sys.argv[2], (sys.argv[3:] or [""])[0]
with open(path, encoding="utf-8") as f:
    text = f.read()
if op == "body":
    print(json.dumps({"body": text}))
    sys.exit(0)
try:
    doc = json.loads(text)
except ValueError:
    sys.exit(2)
def get(d, *keys):
    for k in keys:
        d = d.get(k) if isinstance(d, dict) else None
    return d
out = None
if op == "field":
    out = get(doc, arg)
elif op == "pr":
    out = get(doc, "pull_request", "number")
elif op == "head":
    out = get(doc, "pull_request", "head", "sha")
elif op == "marker":
    ids = [c.get("id") for c in doc if isinstance(c, dict) and arg in (c.get("body") or "")] if isinstance(doc, list) else []
    out = ids[0] if ids else None
elif op == "count":
    out = len(doc) if isinstance(doc, list) else 0
if out is not None:
    print(out if isinstance(out, str) else json.dumps(out))
PY
  fi
}

# The words of INPUT_ARGS, split as a shell would (quotes, backslashes) and never evaluated: a
# value that came from a pull request's title cannot run a command. One word per line in FILE,
# NUL-terminated.
split_args() {
  local file=$1 args=${INPUT_ARGS:-}
  : > "$file"
  if [ -n "${args//[[:space:]]/}" ]; then
    printf '%s' "$args" | xargs printf '%s\0' > "$file" ||
      fail "the args input does not split into words (an unmatched quote?): $args"
  fi
}

bool_input() { # bool_input NAME VALUE: true or false, or the action fails naming the input
  case "$2" in
    true | True | TRUE) echo true ;;
    false | False | FALSE | '') echo false ;;
    *) fail "the $1 input is \"$2\"; use true or false" ;;
  esac
}

# deploy_args FILE: amphost's arguments from the inputs, NUL-terminated in FILE.
deploy_args() {
  local file=$1 words create
  words=$(mktemp)
  create=$(bool_input create "${INPUT_CREATE:-}")
  {
    printf '%s\0' -o json
    if [ -n "${INPUT_REGION:-}" ]; then printf '%s\0' --region "$INPUT_REGION"; fi
    printf '%s\0' deploy
    if [ -n "${INPUT_PATH:-}" ]; then printf '%s\0' "$INPUT_PATH"; fi
    if [ -n "${INPUT_APP:-}" ]; then printf '%s\0' --app "$INPUT_APP"; fi
    if [ -n "${INPUT_BRANCH:-}" ]; then printf '%s\0' --branch "$INPUT_BRANCH"; fi
    if [ "$create" = true ]; then printf '%s\0' --create; fi
    if [ -n "${INPUT_BUCKET:-}" ]; then printf '%s\0' --bucket "$INPUT_BUCKET"; fi
    if [ -n "${INPUT_MESSAGE:-}" ]; then printf '%s\0' --message "$INPUT_MESSAGE"; fi
  } > "$file"
  split_args "$words"
  cat "$words" >> "$file"
  rm -f "$words"
}

deploy() {
  local dry_run=false comment argfile result code=0 bin=${AMPHOST_BIN:-amphost} word
  local args=()
  if [ "${1:-}" = --dry-run ]; then dry_run=true; fi
  comment=$(bool_input comment "${INPUT_COMMENT:-}")
  if [ -n "${INPUT_WORKING_DIRECTORY:-}" ]; then
    cd "$INPUT_WORKING_DIRECTORY" || fail "working-directory \"$INPUT_WORKING_DIRECTORY\" does not exist"
  fi
  argfile=$(mktemp)
  deploy_args "$argfile"
  while IFS= read -r -d '' word; do args+=("$word"); done < "$argfile"
  rm -f "$argfile"
  if $dry_run; then
    printf '%s\n' "${args[@]}"
    return 0
  fi
  result=$(mktemp)
  # The outputs are written below from the JSON, whatever the end (a job not waited for, an
  # error before any job): amphost's own GITHUB_OUTPUT lines would say it twice. Its step
  # summary stays.
  # amphost needs no GitHub token either.
  (
    unset GITHUB_OUTPUT GITHUB_TOKEN
    exec "$bin" "${args[@]}"
  ) > "$result" || code=$?
  cat "$result"
  output url "$(json field "$result" url 2> /dev/null || true)"
  output job-id "$(json field "$result" jobId 2> /dev/null || true)"
  output status "$(json field "$result" status 2> /dev/null || true)"
  if [ "$comment" = true ]; then
    # A comment that cannot be posted is a warning: the deploy's own result stands.
    pr_comment "$result" || warn "the pull request comment could not be posted or updated (see above); the job needs permissions: pull-requests: write"
  fi
  rm -f "$result"
  return "$code"
}

# gh_api METHOD URL [BODY_FILE]: a GitHub REST call with GITHUB_TOKEN; the response on stdout.
# The token goes in a header file, never on a command line (other processes can read those).
gh_api() {
  local headers status
  headers=$(mktemp)
  {
    printf 'Authorization: Bearer %s\n' "$GITHUB_TOKEN"
    printf '%s\n' 'Accept: application/vnd.github+json' 'X-GitHub-Api-Version: 2022-11-28' 'Expect:'
    if [ -n "${3:-}" ]; then printf '%s\n' 'Content-Type: application/json'; fi
  } > "$headers"
  if [ -n "${3:-}" ]; then
    # No --retry: a POST retried after a lost answer would comment twice.
    curl -fsS -X "$1" -H "@$headers" --data-binary "@$3" "$2" || status=$?
  else
    curl -fsS --retry 2 -X "$1" -H "@$headers" "$2" || status=$?
  fi
  rm -f "$headers"
  return "${status:-0}"
}

# markdown TEXT: TEXT on one line, safe inside a table cell.
markdown() {
  local text=${1//$'\n'/ }
  text=${text//|/\\|}
  # The replacements are quoted: bash 5.2 reads an unquoted & there as the matched text.
  text=${text//</"&lt;"}
  text=${text//>/"&gt;"}
  printf '%s' "$text"
}

# comment_body RESULT EVENT: the comment's Markdown, from the deploy's JSON result.
comment_body() {
  local result=$1 event=$2 status url app branch job step reason sha run=''
  status=$(json field "$result" status)
  url=$(json field "$result" url)
  app=$(json field "$result" appId)
  branch=$(json field "$result" branch)
  job=$(json field "$result" jobId)
  step=$(json field "$result" failedStep)
  reason=$(json field "$result" reason)
  [ -n "$reason" ] || reason=$(json field "$result" error)
  sha=$(json head "$event")
  sha=${sha:-${GITHUB_SHA:-}}
  if [ -n "${GITHUB_RUN_ID:-}" ]; then
    run=" · [run ${GITHUB_RUN_ID}](${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID})"
  fi
  printf '%s\n' "$marker"
  printf '### amphost deploy: %s\n\n' "$(markdown "${status:-UNKNOWN}")"
  printf '| app | branch | job | URL |\n|---|---|---|---|\n'
  printf '| %s | %s | %s | %s |\n\n' "$(markdown "$app")" "$(markdown "$branch")" "$(markdown "$job")" "$(markdown "$url")"
  if [ -n "$step" ]; then
    printf 'Failed at step **%s**: %s\n\n' "$(markdown "$step")" "$(markdown "$reason")"
  elif [ -n "$reason" ]; then
    printf 'Error: %s\n\n' "$(markdown "$reason")"
  fi
  printf 'Commit %s%s\n' "${sha:0:7}" "$run"
}

# pr_comment RESULT: posts the pull request's amphost comment, or updates the one there (found
# by its hidden marker), so that a re-run leaves one comment with the latest deploy.
pr_comment() {
  local result=$1 event=${GITHUB_EVENT_PATH:-} pr repo=${GITHUB_REPOSITORY:-} api page=1 list id='' count text body
  api=${GITHUB_API_URL:-https://api.github.com}
  if [ ! -s "$result" ]; then
    note "no deploy result: no pull request comment"
    return 0
  fi
  pr=$([ -f "$event" ] && json pr "$event" || true)
  if [ -z "$pr" ]; then
    note "not a pull request event: no comment"
    return 0
  fi
  [[ $pr =~ ^[0-9]+$ && $repo =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || {
    error "unexpected pull request number \"$pr\" or repository \"$repo\""
    return 1
  }
  [ -n "${GITHUB_TOKEN:-}" ] || {
    error "comment: true needs a token (the github-token input)"
    return 1
  }
  list=$(mktemp)
  while [ -z "$id" ] && [ "$page" -le 50 ]; do
    gh_api GET "$api/repos/$repo/issues/$pr/comments?per_page=100&page=$page" > "$list" || return 1
    id=$(json marker "$list" "$marker")
    count=$(json count "$list")
    [ "${count:-0}" -ge 100 ] || break
    page=$((page + 1))
  done
  text=$(mktemp)
  body=$(mktemp)
  comment_body "$result" "$event" > "$text"
  json body "$text" > "$body"
  if [ -n "$id" ]; then
    gh_api PATCH "$api/repos/$repo/issues/comments/$id" "$body" > /dev/null || return 1
    note "updated the pull request comment $id"
  else
    gh_api POST "$api/repos/$repo/issues/$pr/comments" "$body" > /dev/null || return 1
    note "commented on pull request #$pr"
  fi
  rm -f "$list" "$text" "$body"
}

case "${1:-}" in
  platform) platform ;;
  install) install_release ;;
  cargo-install) cargo_install ;;
  deploy)
    shift
    deploy "$@"
    ;;
  *)
    echo "usage: run.sh platform|install|cargo-install|deploy [--dry-run]" >&2
    exit 2
    ;;
esac
