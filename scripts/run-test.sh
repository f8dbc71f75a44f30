#!/usr/bin/env bash
# Bundles and runs the given test files alone (for working on one part): scripts/run-test.sh test/unit/foo.test.ts ...
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
files=()
for f in "$@"; do
  b=$(basename "$f" .ts)
  node_modules/.bin/esbuild "$f" --bundle --platform=node --target=node20 --format=cjs --sourcemap=inline --log-level=warning --outfile="$out/$b.js"
  files+=("$out/$b.js")
done
node --test --test-reporter=spec "${files[@]}"
