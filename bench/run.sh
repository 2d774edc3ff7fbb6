#!/usr/bin/env bash
# Gazette vs Hugo on the same archive, clean builds, measured in one run.
#
#   bash bench/run.sh [ARTICLES=10000] [RUNS=5]
#
# Gazette gets raw .txt files (it normalizes them on every build); Hugo gets the same articles
# already normalized to Markdown with front matter (title, date, tags) and a minimal theme with
# the same kinds of pages (paginated home and tag pages, article pages with related articles,
# tag index, feeds, sitemap). Gazette additionally builds year, month and undated pages. The
# articles come from ../shared/corpus/bbc when present, else from a synthetic generator.
# Prints the median wall time of RUNS runs of each (after one warm-up run each) and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
RUNS=${2:-5}
command -v hugo >/dev/null || { echo "hugo not found: apt-get install hugo" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gazette-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
GAZETTE=(java -Xmx1g -cp "$CP" dev.gazette.cli.Main)

java -cp "$CP" dev.gazette.bench.ArchiveGenerator "$N" "$WORK/gazette/content" ../shared/corpus/bbc
cp -r templates gazette.yaml "$WORK/gazette/"
cp -r "$WORK/gazette" "$WORK/normalized"
"${GAZETTE[@]}" normalize --root "$WORK/normalized" >/dev/null 2>&1
mkdir -p "$WORK/hugo/content/posts" "$WORK/hugo/static"
find "$WORK/normalized/content" -name "*.md" -exec cp -t "$WORK/hugo/content/posts/" {} +
cp bench/hugo-config.toml "$WORK/hugo/config.toml"
cp -r bench/hugo-layouts "$WORK/hugo/layouts"
cp templates/static/style.css "$WORK/hugo/static/"

CLEAN=()
if "${GAZETTE[@]}" build --help 2>&1 | grep -q -- '--clean'; then CLEAN=(--clean); fi

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

hugo_run() { rm -rf "$WORK/hugo-out"; hugo --quiet --source "$WORK/hugo" --destination "$WORK/hugo-out"; }
gazette_run() { "${GAZETTE[@]}" build "${CLEAN[@]}" --root "$WORK/gazette" --out "$WORK/gazette-out"; }

hugo_run >/dev/null 2>&1 || { echo "hugo build failed:" >&2; hugo_run; exit 1; }
gazette_run >/dev/null 2>&1 || { echo "gazette build failed:" >&2; gazette_run; exit 1; }
h=(); g=()
for _ in $(seq "$RUNS"); do
  h+=("$(ms hugo_run)")
  g+=("$(ms gazette_run)")
done
hm=$(median "${h[@]}")
gm=$(median "${g[@]}")
hp=$(find "$WORK/hugo-out" -name '*.html' | wc -l)
gp=$(find "$WORK/gazette-out" -name '*.html' | wc -l)
echo "articles: $N, runs: $RUNS, cores: $(nproc)"
echo "hugo $(hugo version | awk '{print $2}'): median ${hm} ms (runs: ${h[*]}), ${hp} HTML pages"
echo "gazette: median ${gm} ms (runs: ${g[*]}), ${gp} HTML pages"
awk -v g="$gm" -v h="$hm" 'BEGIN {printf "ratio gazette/hugo: %.2f\n", g / h}'
