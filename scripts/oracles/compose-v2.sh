#!/usr/bin/env bash
# Builds the Compose v2 oracle (test/oracles/compose-v2: compose-spec/compose-go/v2, pinned in its go.mod/go.sum)
# into ${NAL_ORACLE_CACHE:-~/.cache/nacos-auth-lint-oracles}/compose-v2/compose-v2, once per source: the build is
# skipped when the binary built from the same go.mod, go.sum, main.go and Go version is already there.
# Needs /usr/local/go/bin/go and the Go module proxy (modules are verified against the committed go.sum).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="/usr/local/go/bin:$PATH" GOTOOLCHAIN=local GOFLAGS=-mod=readonly
src=test/oracles/compose-v2
out="${NAL_ORACLE_CACHE:-$HOME/.cache/nacos-auth-lint-oracles}/compose-v2"
hash=$( { go version; cat "$src/go.mod" "$src/go.sum" "$src/main.go"; } | sha256sum | cut -c1-16)
if [ -x "$out/compose-v2" ] && [ "$(cat "$out/source-hash" 2>/dev/null)" = "$hash" ]; then
  echo "compose-v2 oracle: up to date ($hash)"
  exit 0
fi
mkdir -p "$out"
tmp=$(mktemp "$out/.build.XXXXXX")
trap 'rm -f "$tmp"' EXIT
(cd "$src" && CGO_ENABLED=0 go build -trimpath -o "$tmp" .)
chmod 755 "$tmp"
mv -f "$tmp" "$out/compose-v2"
echo "$hash" > "$out/source-hash"
echo "compose-v2 oracle: built $out/compose-v2 ($hash)"
