#!/usr/bin/env bash
# Oracle for the Helm renderer (test/unit/helm-*.test.ts): the real `helm` CLI, built from its Go module at a pinned
# version into the oracle cache. Tests run it only as `helm template` (no cluster, no network). Idempotent: skips the
# build when the pinned binary is already there.
set -euo pipefail
version=v4.3.2
cache="${NAL_ORACLE_CACHE:-$HOME/.cache/nacos-auth-lint-oracles}/helm"
if [ -x "$cache/helm" ] && [ "$(cat "$cache/VERSION" 2>/dev/null)" = "$version" ]; then
  echo "helm oracle $version already built: $cache/helm"
  exit 0
fi
export PATH="/usr/local/go/bin:$PATH"
command -v go >/dev/null || { echo "helm oracle: go not found (expected /usr/local/go/bin/go)" >&2; exit 1; }
mkdir -p "$cache"
# CGO off: a static binary that needs no C toolchain.
CGO_ENABLED=0 GOBIN="$cache" GOFLAGS=-mod=mod go install "helm.sh/helm/v4/cmd/helm@$version"
echo "$version" > "$cache/VERSION"
"$cache/helm" version
