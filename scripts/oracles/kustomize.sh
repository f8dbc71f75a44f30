#!/usr/bin/env bash
# Oracle for the Kustomize differential test (test/unit/k8s-kustomize-oracle.test.ts): `kustomize build DIR`.
# Where kubectl is on PATH (kubectl 1.32 ships Kustomize v5.5.0), writes a wrapper that runs `kubectl kustomize`;
# otherwise builds sigs.k8s.io/kustomize/kustomize/v5 v5.5.0 (the same Kustomize, api v0.18.0) with the machine's Go.
# Idempotent: skips when the pinned oracle is already there. Usage of the result: <cache>/kustomize/kustomize build DIR
set -euo pipefail
VERSION=v5.5.0
CACHE="${NAL_ORACLE_CACHE:-$HOME/.cache/nacos-auth-lint-oracles}/kustomize"
STAMP="$CACHE/pinned"
mkdir -p "$CACHE"

want_stamp() {
  if command -v kubectl >/dev/null 2>&1; then
    echo "kubectl-wrapper $(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: //p')"
  else
    echo "built $VERSION"
  fi
}

want="$(want_stamp)"
if [[ -x "$CACHE/kustomize" && -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]]; then
  echo "kustomize oracle already there ($want)"
  exit 0
fi

if command -v kubectl >/dev/null 2>&1; then
  cat >"$CACHE/kustomize" <<'EOF'
#!/bin/sh
# kustomize oracle: `kustomize build DIR` through kubectl's built-in Kustomize.
[ "$1" = build ] && shift
exec kubectl kustomize "$@"
EOF
  chmod +x "$CACHE/kustomize"
else
  GO="$(command -v go || echo /usr/local/go/bin/go)"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  # Kustomize v5.5.0 needs Go >= 1.22.7; this machine's Go (1.26.8) builds it without a toolchain download.
  GOTOOLCHAIN=local GOBIN="$tmp" GOFLAGS=-mod=mod "$GO" install "sigs.k8s.io/kustomize/kustomize/v5@$VERSION"
  mv "$tmp/kustomize" "$CACHE/kustomize"
fi
"$CACHE/kustomize" version >/dev/null 2>&1 || true
echo "$want" >"$STAMP"
echo "kustomize oracle ready: $CACHE/kustomize ($want)"
