#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the shipped package, and only what is missing:
#   Debian: chromium (driven by playwright-core), ripgrep, fonts, neovim (second LSP client),
#           and the native build tools code-server's node-pty needs (only while code-server is not installed);
#   npm:    code-server 4.100.3 (VS Code 1.100.3 on Node 20) in a cache directory.
# Idempotent: a second run only checks and prints the paths. See ../shared/E2E.md §1 and §3.
#
# Cache: $NACOS_AUTH_LINT_E2E_CACHE, else $XDG_CACHE_HOME/nacos-auth-lint-e2e, else ~/.cache/nacos-auth-lint-e2e.
# Usage: scripts/e2e-setup.sh [--no-nvim] [--no-code-server]
set -euo pipefail

CS_VERSION=4.100.3
# @vscode/ripgrep (a code-server dependency) downloads rg from GitHub in its install step unless it finds this
# archive in its cache under $TMPDIR; we feed it Debian's rg instead (E2E.md §1).
RG_CACHE_NAME=vscode-ripgrep-cache-1.15.11
RG_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

want_nvim=1 want_cs=1
for a in "$@"; do
  case "$a" in
    --no-nvim) want_nvim=0 ;;
    --no-code-server) want_cs=0 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "e2e-setup: unknown option $a" >&2; exit 2 ;;
  esac
done

CACHE=${NACOS_AUTH_LINT_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nacos-auth-lint-e2e}
CS_DIR=$CACHE/code-server-$CS_VERSION
CS_BIN=$CS_DIR/node_modules/.bin/code-server
mkdir -p "$CACHE"
start=$SECONDS

# One setup at a time per cache (two test runs starting together must not both install).
exec 9>"$CACHE/.lock"
flock 9

log() { echo "e2e-setup: $*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing_debs() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

cs_ok() {
  [ -x "$CS_BIN" ] && [ -f "$CS_DIR/.complete" ] &&
    node -e 'process.exit(require(process.argv[1]).version === process.argv[2] ? 0 : 1)' \
      "$CS_DIR/node_modules/code-server/package.json" "$CS_VERSION" 2>/dev/null
}

# fonts-wqy-microhei: CJK glyphs, so the zh-cn screenshots are readable (5 MB).
debs=(chromium ripgrep fonts-dejavu-core fonts-wqy-microhei ca-certificates)
[ "$want_nvim" = 1 ] && debs+=(neovim)
if [ "$want_cs" = 1 ] && ! cs_ok; then
  # node-pty and the native modules of code-server's install step compile from source.
  debs+=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)
fi
mapfile -t need < <(missing_debs "${debs[@]}")
if [ "${#need[@]}" -gt 0 ]; then
  log "apt-get install ${need[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ "$want_cs" = 1 ] && ! cs_ok; then
  log "installing code-server $CS_VERSION into $CS_DIR"
  export TMPDIR=$CACHE/tmp
  rg_cache=$TMPDIR/$RG_CACHE_NAME
  mkdir -p "$rg_cache"
  [ -s "$rg_cache/$RG_ARCHIVE" ] || tar czf "$rg_cache/$RG_ARCHIVE" -C /usr/bin rg
  # Install into a scratch folder and move it in place at the end, so an interrupted run never looks complete.
  rm -rf "$CS_DIR.partial" "$CS_DIR"
  mkdir -p "$CS_DIR.partial"
  (
    cd "$CS_DIR.partial"
    npm init -y >/dev/null
    # unsafe_perm: CI runs as root; yes: node-pty's install step fetches node-gyp through npx.
    npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund --loglevel=error \
      "code-server@$CS_VERSION" >"$CACHE/code-server-install.log" 2>&1 ||
      { tail -n 40 "$CACHE/code-server-install.log" >&2; exit 1; }
  )
  mv "$CS_DIR.partial" "$CS_DIR"
  touch "$CS_DIR/.complete"
  cs_ok || { log "code-server did not install correctly (see $CACHE/code-server-install.log)"; exit 1; }
fi

[ -x /usr/bin/chromium ] || { log "/usr/bin/chromium is missing after install"; exit 1; }
log "ready in $((SECONDS - start)) s: code-server $([ "$want_cs" = 1 ] && echo "$CS_BIN" || echo skipped), chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')$([ "$want_nvim" = 1 ] && echo ", $(nvim --version | head -n1)")"
# For scripts: the paths, one per line, KEY=value.
echo "NACOS_AUTH_LINT_E2E_CACHE=$CACHE"
echo "CODE_SERVER=$CS_BIN"
echo "CHROMIUM=/usr/bin/chromium"
