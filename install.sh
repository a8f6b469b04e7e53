#!/usr/bin/env bash
# Builds amphost from this checkout and installs it with the completion for your shell (dynamic:
# app, branch and job names complete too).
#   ./install.sh [--prefix DIR] [--shell bash|zsh|fish|none] [--uninstall]
# Idempotent: running it again replaces what it installed and says so.
set -euo pipefail

prefix="$HOME/.local/bin"
shell_name=$(basename "${SHELL:-bash}")
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a directory}; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --shell) shell_name=${2:?--shell needs bash, zsh, fish or none}; shift 2 ;;
    --shell=*) shell_name=${1#--shell=}; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
case "$shell_name" in
  bash) completion_src=amphost.bash; completion_dst="$data_home/bash-completion/completions/amphost" ;;
  zsh)  completion_src=_amphost;     completion_dst="$data_home/zsh/site-functions/_amphost" ;;
  fish) completion_src=amphost.fish; completion_dst="$config_home/fish/completions/amphost.fish" ;;
  *)    completion_src=; completion_dst= ;;
esac
binary_dst="$prefix/amphost"

if $uninstall; then
  for f in "$binary_dst" $completion_dst; do
    if [ -e "$f" ]; then rm -f "$f"; echo "removed $f"; else echo "not installed: $f"; fi
  done
  exit 0
fi

here=$(cd "$(dirname "$0")" && pwd)
command -v cargo >/dev/null || { echo "install.sh: cargo is needed (https://rustup.rs)" >&2; exit 1; }
echo "building amphost (cargo build --release --locked)…"
(cd "$here" && cargo build --release --locked --quiet)

place() { # place SRC DST MODE: copies unless identical, and says which
  mkdir -p "$(dirname "$2")"
  if [ -e "$2" ] && cmp -s "$1" "$2"; then
    echo "up to date: $2"
  else
    install -m "$3" "$1" "$2"
    echo "installed $2"
  fi
}
place "$here/target/release/amphost" "$binary_dst" 755
if [ -n "$completion_src" ]; then
  # The dynamic registration (names of apps, branches and jobs complete too), written by the
  # installed binary so that script and binary always match; re-run install.sh after an
  # upgrade. The static scripts stay in completions/ ($completion_src) for packagers.
  registration=$(mktemp)
  trap 'rm -f "$registration"' EXIT
  "$binary_dst" completions "$shell_name" > "$registration"
  place "$registration" "$completion_dst" 644
  [ "$shell_name" = zsh ] && echo "zsh: make sure $(dirname "$completion_dst") is in your fpath"
else
  echo "no completion installed for shell '$shell_name' (scripts for bash, zsh, fish, powershell, elvish are in completions/)"
fi
case ":$PATH:" in
  *":$prefix:"*) ;;
  *) echo "note: $prefix is not on your PATH; add it, e.g. export PATH=\"$prefix:\$PATH\"" ;;
esac
"$binary_dst" --version
