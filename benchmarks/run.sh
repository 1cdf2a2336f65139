#!/usr/bin/env bash
# Runs every Portico benchmark and prints the table (also written to benchmarks/results/summary.md):
#   cold start (fresh JVMs on the class path, plus Spring Boot 3 on aws-serverless-java-container and
#   Powertools for TypeScript on Node), classes loaded, JMH per-invocation cost and route lookup.
#
# Usage: benchmarks/run.sh [--runs N] [--quick] [--offline] [--no-spring] [--no-node]
#   --runs N     fresh processes per cold-start variant (default 20, or $RUNS)
#   --quick      5 cold starts and short JMH runs, to try the command out
#   --offline    Maven offline (everything must already be in ~/.m2)
#   --no-spring / --no-node   leave those variants out (they need Maven Central / the npm registry once)
# Environment: JVM_OPTS (options of every cold-start JVM), JMH_OPTS (options of org.openjdk.jmh.Main).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
RESULTS="$BENCH_DIR/results"
RUNS="${RUNS:-20}"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 5 -i 5 -w 1s -r 1s}"
MVN=(mvn -q -B)
SPRING=1
NODE=1
VARIANTS="jvm-hello,baseline,portico-rest,portico-rest-detect,portico-all"

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --quick) RUNS=5; JMH_OPTS="-f 1 -wi 1 -i 2 -w 500ms -r 500ms" ;;
    --offline) MVN+=(-o) ;;
    --no-spring) SPRING=0 ;;
    --no-node) NODE=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

echo "== Building Portico and the benchmarks (every module, profile bench)" >&2
build() {
  if grep -q '<module>benchmarks</module>' "$ROOT/pom.xml"; then
    (cd "$ROOT" && "${MVN[@]}" "$@" -DskipTests -pl benchmarks -am package)
  else
    # Not a reactor module (yet): the Portico modules must be installed in ~/.m2.
    "${MVN[@]}" "$@" -DskipTests -f "$BENCH_DIR/pom.xml" package
  fi
}
if ! build -Pbench; then
  echo "!! Building with every module failed: the portico-all variant is skipped" >&2
  build
fi

if [ "$SPRING" = 1 ]; then
  echo "== Building the Spring Boot 3 app (spring/)" >&2
  "${MVN[@]}" -f "$BENCH_DIR/spring/pom.xml" package
  VARIANTS="$VARIANTS,spring"
fi
if [ "$NODE" = 1 ]; then
  if command -v node >/dev/null && command -v npm >/dev/null; then
    echo "== Installing the Powertools TypeScript app (node/)" >&2
    (cd "$BENCH_DIR/node" && npm ci --no-audit --no-fund --loglevel=error)
    VARIANTS="$VARIANTS,node"
  else
    echo "node/npm not found: the Node variant is skipped" >&2
  fi
fi

mkdir -p "$RESULTS"
JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
# PrintClasspath needs only the JDK: it reads target/dependencies.txt (written by the build).
HARNESS_CP="$("${JAVA[@]}" -cp "$BENCH_DIR/target/classes" dev.portico.benchmarks.harness.PrintClasspath harness --bench-dir "$BENCH_DIR")"
JMH_CP="$("${JAVA[@]}" -cp "$BENCH_DIR/target/classes" dev.portico.benchmarks.harness.PrintClasspath jmh --bench-dir "$BENCH_DIR")"
JVM_ARGS=()
if [ -n "${JVM_OPTS:-}" ]; then JVM_ARGS=(--jvm-opts "$JVM_OPTS"); fi

echo "== Cold start: $RUNS runs of $VARIANTS" >&2
"${JAVA[@]}" -cp "$HARNESS_CP" dev.portico.benchmarks.harness.ColdStartHarness --bench-dir "$BENCH_DIR" \
  --runs "$RUNS" --variants "$VARIANTS" --out "$RESULTS/coldstart.json" "${JVM_ARGS[@]}" > /dev/null

echo "== Classes loaded up to the first response" >&2
"${JAVA[@]}" -cp "$HARNESS_CP" dev.portico.benchmarks.harness.ClassLoadProfile --bench-dir "$BENCH_DIR" \
  --variants "$VARIANTS" --out "$RESULTS" "${JVM_ARGS[@]}" > /dev/null

echo "== JMH: $JMH_OPTS" >&2
# shellcheck disable=SC2086
java -cp "$JMH_CP" org.openjdk.jmh.Main $JMH_OPTS -rf json -rff "$RESULTS/jmh.json" \
  'dev.portico.benchmarks.jmh.*' > "$RESULTS/jmh.txt"

"${JAVA[@]}" -cp "$HARNESS_CP" dev.portico.benchmarks.harness.Report --results "$RESULTS"
