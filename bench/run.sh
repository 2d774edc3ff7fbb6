#!/usr/bin/env bash
# Gazette against Hugo on the same archives, cold builds, measured in one run.
#
#   bash bench/run.sh [SIZES] [RUNS] [--100k] [--one-edit]
#
#   SIZES       article counts, comma-separated (default 1000,10000,50000)
#   RUNS        counted runs of each tool per size (default 3), after one warm-up run each
#               (no warm-up at 50,000 and above)
#   WARMUP=0    (environment) no warm-up runs, e.g. on a busy machine
#   --100k      also 100,000 articles (Gazette also as java -Xmx1g: it must fit)
#   --one-edit  only the one-edit figures at 10,000 articles: `build` after appending a line to
#               one article, and `serve` from saving that article to the open page in Chromium
#               showing the edit (needs Debian's chromium and chromium-driver)
#   --search-cost  also Gazette with `search: false` (gazette-nosearch), and what the search
#               index adds to a cold build: the median of the run-by-run ratios gazette /
#               gazette-nosearch, less one
# Start it five minutes after anything deleted many files, an earlier run of this script
# included (it deletes its work folder when it ends): see the note in prepare().
#
# Three tools per size, run in turn (the order rotates from run to run), each run into a new
# empty folder, each timed by GNU time (/usr/bin/time -v: wall time, CPU time, peak RSS):
#   gazette       bin/gazette build --clean: a plain JVM, default heap, as a user runs it
#   hugo          the headline: the minimal Hugo site of bench/hugo-minimal (article pages,
#                 home and tag pages paginated by 20, tag index, one RSS feed)
#   hugo-related  bench/hugo-layouts: the same plus related content on every article page,
#                 sitemap and a feed per tag (closer to what Gazette builds)
# Gazette gets raw .txt files (BBC corpus texts from ../shared/corpus/bbc cycled under synthetic
# dates, or synthetic text without the corpus) and normalizes and tags them on every build; Hugo
# gets the same articles already normalized to Markdown with front matter (title, date, tags).
# Medians are printed per tool, and ratios are the median of the run-by-run ratios (runs taken
# side by side, so a drift of the machine's speed cancels out). The load average is printed
# before and after each size: on a shared machine, quote it with the figures.
#
# Output folders are deleted only after all runs of a size: on some file systems (ext4 without a
# journal) creating files is slow for a minute after many were deleted, which would penalize
# whichever tool runs right after a deletion.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=1000,10000,50000
RUNS=3
ONE_EDIT=0
HUNDRED_K=0
SEARCH_COST=0
positional=()
for a in "$@"; do
  case "$a" in
    --100k) HUNDRED_K=1 ;;
    --one-edit) ONE_EDIT=1 ;;
    --search-cost) SEARCH_COST=1 ;;
    -h|--help) sed -n '2,34p' "$0"; exit 0 ;;
    *) positional+=("$a") ;;
  esac
done
[ ${#positional[@]} -ge 1 ] && SIZES=${positional[0]}
[ ${#positional[@]} -ge 2 ] && RUNS=${positional[1]}
[ "$HUNDRED_K" = 1 ] && SIZES="$SIZES,100000"
command -v hugo >/dev/null || { echo "hugo not found: apt-get install hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time not found: apt-get install time" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gazette-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# bin/gazette prepares target/gazette.jar, its class path and the class-data archive; the first
# call (here) makes them, so no counted run pays for it.
bin/gazette --version >/dev/null
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
TEST_CP="target/test-classes:target/classes:$(cat target/bench.classpath)"

load() { awk '{print $1", "$2", "$3}' /proc/loadavg; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; print m}'; }
# timed TOOL RUN OUTFILE CMD...: runs CMD under GNU time; records wall s, cpu s, peak RSS MiB.
timed() {
  local tool=$1 run=$2 log=$3; shift 3
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$log" 2>&1 || { echo "$tool failed:" >&2; tail -20 "$log" >&2; exit 1; }
  awk -v tool="$tool" -v run="$run" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 / 1024 }
    END { printf "%s %s %.2f %.2f %.0f\n", tool, run, w, u + s, r }' "$WORK/time.txt" >>"$WORK/results"
}

prepare() {
  local n=$1
  local dir=$WORK/n$n
  rm -rf "$dir"; mkdir -p "$dir"
  java -cp "$TEST_CP" dev.gazette.bench.ArchiveGenerator "$n" "$dir/gazette/content" ../shared/corpus/bbc
  if [ "$ONE_EDIT" = 1 ]; then
    printf 'Bench edit target\n\nThis article is edited by the benchmark. Its first paragraph says so.\n' \
      >"$dir/gazette/content/2004-06-15-bench-edit.txt"
  fi
  cp -r templates gazette.yaml "$dir/gazette/"
  { cat gazette.yaml; echo "search: false"; } >"$dir/gazette/nosearch.yaml"
  cp -r "$dir/gazette" "$dir/normalized"
  bin/gazette normalize --root "$dir/normalized" >/dev/null 2>&1
  for site in hugo hugo-related; do
    mkdir -p "$dir/$site/content/posts" "$dir/$site/static"
    find "$dir/normalized/content" -name "*.md" -exec cp -t "$dir/$site/content/posts/" {} +
    cp -r bench/hugo-layouts "$dir/$site/layouts"
    cp templates/static/style.css "$dir/$site/static/"
  done
  cp bench/hugo-config.toml "$dir/hugo-related/config.toml"
  cp bench/hugo-minimal/config.toml "$dir/hugo/config.toml"
  cp bench/hugo-minimal/single.html "$dir/hugo/layouts/_default/single.html"
  # Nothing is deleted before or between timed runs (only on exit): for a few minutes after
  # many files are deleted, ext4 skips their inodes when it allocates new ones, reading inode
  # tables as it goes (perf: recently_deleted, find_inode_bit), and creating a file costs
  # several times more system time, the more so the more files a tool writes. A clean
  # 1,000-article build took 1.4-2.9 s of system time minutes after outputs were deleted,
  # 0.4-0.7 s otherwise.
}

run_tool() { # TOOL N RUN
  local tool=$1 n=$2 run=$3 dir=$WORK/n$2 out=$WORK/n$2/out/$1-$3
  mkdir -p "$dir/out"
  case "$tool" in
    gazette) timed "$tool" "$run" "$dir/out/$tool-$run.log" bin/gazette build --clean \
      --root "$dir/gazette" --out "$out" --cache "$out.cache" ;;
    gazette-nosearch) timed "$tool" "$run" "$dir/out/$tool-$run.log" bin/gazette build --clean \
      --root "$dir/gazette" --config "$dir/gazette/nosearch.yaml" --out "$out" --cache "$out.cache" ;;
    gazette-xmx1g) timed "$tool" "$run" "$dir/out/$tool-$run.log" env GAZETTE_JAVA_OPTS=-Xmx1g \
      bin/gazette build --clean --root "$dir/gazette" --out "$out" --cache "$out.cache" ;;
    hugo|hugo-related) timed "$tool" "$run" "$dir/out/$tool-$run.log" hugo --quiet \
      --source "$dir/$tool" --destination "$out" ;;
  esac
}

report() { # N TOOLS...
  local n=$1; shift
  local f=$WORK/results
  for t in "$@"; do
    local w c r
    w=$(median $(awk -v t="$t" '$1 == t && $2 > 0 {print $3}' "$f"))
    c=$(median $(awk -v t="$t" '$1 == t && $2 > 0 {print $4}' "$f"))
    r=$(median $(awk -v t="$t" '$1 == t && $2 > 0 {print $5}' "$f"))
    printf '  %-14s wall %7.2f s   cpu %7.2f s   peak RSS %6.0f MiB   runs (wall): %s\n' "$t" "$w" "$c" "$r" \
      "$(awk -v t="$t" '$1 == t && $2 > 0 {printf "%s ", $3}' "$f")"
  done
  for h in hugo hugo-related; do
    local rw rr
    rw=$(median $(awk -v h="$h" '$2 > 0 && $1 == "gazette" {g[$2] = $3} $2 > 0 && $1 == h {x[$2] = $3}
      END {for (k in g) if (k in x) print g[k] / x[k]}' "$f"))
    rr=$(median $(awk -v h="$h" '$2 > 0 && $1 == "gazette" {g[$2] = $5} $2 > 0 && $1 == h {x[$2] = $5}
      END {for (k in g) if (k in x) print g[k] / x[k]}' "$f"))
    printf '  gazette / %-13s wall %.2f   peak RSS %.2f   (medians of run-by-run ratios)\n' "$h" "$rw" "$rr"
  done
  if [ "$SEARCH_COST" = 1 ]; then
    local sw sc
    sw=$(median $(awk '$2 > 0 && $1 == "gazette" {g[$2] = $3} $2 > 0 && $1 == "gazette-nosearch" {x[$2] = $3}
      END {for (k in g) if (k in x) print g[k] / x[k] - 1}' "$f"))
    sc=$(median $(awk '$2 > 0 && $1 == "gazette" {g[$2] = $4} $2 > 0 && $1 == "gazette-nosearch" {x[$2] = $4}
      END {for (k in g) if (k in x) print g[k] / x[k] - 1}' "$f"))
    printf '  search index adds to a cold build: wall %+.1f%%   cpu %+.1f%%   (medians of run-by-run ratios)\n' \
      "$(awk -v v="$sw" 'BEGIN {print v * 100}')" "$(awk -v v="$sc" 'BEGIN {print v * 100}')"
  fi
  local gp hp
  gp=$(find "$WORK/n$n/out/gazette-1" -type f | wc -l)
  hp=$(find "$WORK/n$n/out/hugo-1" -type f | wc -l)
  echo "  files written: gazette $gp, hugo $hp, hugo-related $(find "$WORK/n$n/out/hugo-related-1" -type f | wc -l)"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo);" \
  "$(java -version 2>&1 | head -1); hugo $(hugo version | awk '{print $2}')"

if [ "$ONE_EDIT" = 1 ]; then
  N=10000
  prepare $N
  dir=$WORK/n$N
  echo "one edit at $N articles (load before: $(load))"
  bin/gazette build --root "$dir/gazette" >/dev/null 2>&1 || true
  times=()
  for i in $(seq "$RUNS"); do
    printf '\nEdit %s of the benchmark.\n' "$i" >>"$dir/gazette/content/2004-06-15-bench-edit.txt"
    s=$(date +%s%N)
    bin/gazette build --root "$dir/gazette" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    times+=("$(( (e - s) / 1000000 ))")
  done
  echo "  build after one edit: median $(median "${times[@]}") ms (runs: ${times[*]} ms)"
  java -cp "$TEST_CP" dev.gazette.bench.ServeLatency "$dir/gazette" "$dir/serve-out" "$RUNS" \
    | sed 's/^/  /'
  echo "  load after: $(load)"
  exit 0
fi

IFS=',' read -r -a sizes <<<"$SIZES"
for N in "${sizes[@]}"; do
  prepare "$N"
  : >"$WORK/results"
  tools=(gazette hugo hugo-related)
  [ "$N" -ge 100000 ] && tools+=(gazette-xmx1g)
  [ "$SEARCH_COST" = 1 ] && tools+=(gazette-nosearch)
  echo "$N articles, $RUNS runs (load before: $(load))"
  start=0
  { [ "$N" -ge 50000 ] || [ "${WARMUP:-1}" = 0 ]; } && start=1
  for run in $(seq "$start" "$RUNS"); do
    # Rotate the order, so no tool always runs first or right after another.
    k=$(( run % ${#tools[@]} ))
    for j in $(seq 0 $(( ${#tools[@]} - 1 ))); do
      run_tool "${tools[$(( (j + k) % ${#tools[@]} ))]}" "$N" "$run"
    done
  done
  report "$N" "${tools[@]}"
  echo "  load after: $(load)"
done
