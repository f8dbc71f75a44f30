#!/usr/bin/env bash
# Builds the Nacos oracle (test/oracles/nacos/README.md): the real auth classes of each release in
# test/oracles/nacos/versions.tsv, compiled from the upstream source in shared/corpus/nacos-src against the pinned jars
# of test/oracles/nacos/pom.xml, plus a launcher:
#   <cache>/nacos/run <version> <request.json>   one answer (JSON) on stdout
#   <cache>/nacos/run <version> --batch           JSON lines in, JSON lines out (one JVM)
#   <cache>/nacos/run --versions                  the versions it can run
# Idempotent: skips everything when the build for this source hash is there. Offline after the first run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
src=$repo/test/oracles/nacos
cache=${NAL_ORACLE_CACHE:-$HOME/.cache/nacos-auth-lint-oracles}/nacos
corpus=${NACOS_AUTH_LINT_CORPUS:-$repo/../shared/corpus}/nacos-src
[ -d "$corpus" ] || { echo "nacos oracle: corpus not found at $corpus (set NACOS_AUTH_LINT_CORPUS)" >&2; exit 1; }
command -v javac >/dev/null && command -v mvn >/dev/null || { echo "nacos oracle: needs a JDK 17 (javac) and Maven" >&2; exit 1; }

hash=$( (cd "$repo" && find test/oracles/nacos scripts/oracles/nacos.sh -type f | sort | xargs sha256sum; sha256sum "$corpus/MANIFEST.tsv") | sha256sum | cut -c1-16)
if [ -x "$cache/run" ] && [ "$(cat "$cache/stamp" 2>/dev/null)" = "$hash" ]; then
  echo "nacos oracle: up to date ($cache)"; exit 0
fi
mkdir -p "$cache"
start=$(date +%s)

# 1. Pinned jars (non-transitive), into lib/<group>/. Offline first: a populated local repository needs no network.
pomhash=$(sha256sum "$src/pom.xml" | cut -c1-16)
if [ "$(cat "$cache/lib/.pom" 2>/dev/null)" != "$pomhash" ]; then
  rm -rf "$cache/lib"
  mvnargs=(-B -q -f "$src/pom.xml" -Dmaven.repo.local="$cache/m2" -Dlib="$cache/lib" dependency:copy)
  mvn -o "${mvnargs[@]}" >/dev/null 2>&1 || mvn "${mvnargs[@]}"
  echo "$pomhash" > "$cache/lib/.pom"
fi

# 2. One class folder per release: upstream files (minus the regex in versions.tsv) + stand-ins the corpus lacks + ours.
rm -rf "$cache/build"
built=()
while IFS=$'\t' read -r tag era jjwt jars jardefaults exclude; do
  case "$tag" in ''|'#'*) continue;; esac
  case $era in
    e3) base=jakarta; groups="e3 javax2 all";;
    e14) base=javax; groups="e14 all";;
    e21) base=javax; groups="e21 javax2 all";;
    *) base=javax; groups="javax2 all";;
  esac
  [ -d "$corpus/$tag" ] || { echo "nacos oracle: $tag missing from the corpus, skipped" >&2; continue; }
  cp=$(ls "$cache/lib/$base"/*.jar "$cache/lib/$jars"/*.jar; if [ "$jjwt" != - ]; then ls "$cache/lib/$jjwt"/*.jar; fi)
  cp=$(echo "$cp" | tr '\n' ':')
  list=$(mktemp)
  declare -A have=()
  while IFS= read -r f; do have[${f#*/java/}]=1; echo "$f" >> "$list"; done < <(find "$corpus/$tag" -name '*.java' | grep -v -E "$exclude" | sort)
  for g in $groups; do
    d=$src/src/stubs/$g
    [ -d "$d" ] || continue
    while IFS= read -r f; do
      [ -n "${have[$f]:-}" ] && continue
      have[$f]=1; echo "$d/$f" >> "$list"
    done < <(cd "$d" && find . -name '*.java' | sed 's|^\./||' | sort)
  done
  unset have
  extra="$src/src/web/$base"
  case $era in e21|e221|e25|e3) extra="$extra $src/src/eras/plugin";; esac
  # shellcheck disable=SC2086
  find "$src/src/common" "$src/src/eras/$era" $extra -name '*.java' >> "$list"
  out=$cache/build/$tag
  mkdir -p "$out/classes"
  if ! javac -nowarn -encoding UTF-8 -proc:none -d "$out/classes" -cp "$cp" @"$list" > "$out/javac.log" 2>&1; then
    echo "nacos oracle: $tag did not compile (see $out/javac.log)" >&2; cat "$out/javac.log" >&2; exit 1
  fi
  rm -f "$list"
  echo "${cp}$out/classes" > "$out/cp.txt"
  cp "$corpus/$tag/$jardefaults" "$out/jar-defaults.properties"
  built+=("$tag")
done < "$src/versions.tsv"

# 3. Launcher.
cat > "$cache/run" <<'RUN'
#!/usr/bin/env bash
# run <version> <request.json> | run <version> --batch | run --versions   (written by scripts/oracles/nacos.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = --versions ]; then ls "$here/build"; exit 0; fi
[ $# -eq 2 ] || { echo "usage: run <version> <request.json>|--batch" >&2; exit 2; }
b=$here/build/$1
[ -d "$b" ] || { echo "nacos oracle: no build for $1 (have: $(ls "$here/build" | tr '\n' ' '))" >&2; exit 2; }
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp "$(cat "$b/cp.txt")" nal.oracle.Main "$1" "$b/jar-defaults.properties" "$2"
RUN
chmod +x "$cache/run"
echo "$hash" > "$cache/stamp"
echo "nacos oracle: built ${#built[@]} versions (${built[*]}) in $(( $(date +%s) - start ))s → $cache/run"
