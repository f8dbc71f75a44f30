#!/usr/bin/env bash
# Builds the Dockerfile oracle (BuildKit's Dockerfile frontend, moby/buildkit v0.34.2 pinned in
# test/oracles/dockerfile/go.mod + go.sum) into $NAL_ORACLE_CACHE/dockerfile/oracle. Skips when the binary was built
# from the same sources. Used by test/unit/dockerfile-oracle.test.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=test/oracles/dockerfile
dest="${NAL_ORACLE_CACHE:-$HOME/.cache/nacos-auth-lint-oracles}/dockerfile"
export PATH="$PATH:/usr/local/go/bin"
stamp=$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -c1-16)
if [ -x "$dest/oracle" ] && [ "$(cat "$dest/stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "dockerfile oracle: up to date ($dest/oracle)"
  exit 0
fi
mkdir -p "$dest"
(cd "$src" && GOFLAGS="-buildvcs=false -mod=readonly" go build -trimpath -o "$dest/oracle.tmp" .)
mv "$dest/oracle.tmp" "$dest/oracle"
echo "$stamp" > "$dest/stamp"
echo "dockerfile oracle: built $dest/oracle"
