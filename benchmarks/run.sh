#!/usr/bin/env bash
# Runs every Portico benchmark and prints the report (also written to benchmarks/results/summary.md):
#   cold start of three API Gateway REST events (GET /todos/42; POST /todos with a record body; a typed,
#   validated POST), Portico against a hand-written Jackson baseline doing the same work and Powertools
#   for TypeScript on Node, on every Java given; 10 against 1,000 routes; prime(); classes loaded and
#   where the time goes; deployable size; JMH per-invocation cost at C1 and route lookup.
#
# Usage: benchmarks/run.sh [--runs N] [--quick] [--offline] [--java a,b] [--spring] [--no-node]
#   --runs N     fresh processes per cold-start variant (default 20, or $RUNS)
#   --quick      5 cold starts and short JMH runs, to try the command out
#   --offline    Maven offline (everything must already be in ~/.m2)
#   --java LIST  comma-separated java executables for the cold starts (default: `java` on the PATH,
#                plus Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64 when it is there; or $JAVAS)
#   --spring     also Spring Boot 3 on aws-serverless-java-container (GET only; ~1.5 s per start)
#   --no-node    leave the Node variants out (they need the npm registry once)
# Environment: JVM_OPTS (options of every cold-start JVM), JMH_OPTS (options of org.openjdk.jmh.Main).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
RESULTS="$BENCH_DIR/results"
RUNS="${RUNS:-20}"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 4 -i 4 -w 1s -r 1s}"
MVN=(mvn -q -B)
SPRING=0
NODE=1
VARIANTS="jvm-hello,baseline-get,portico-get,baseline-post,portico-post,baseline-typed,portico-typed"
VARIANTS="$VARIANTS,portico-get-1000,portico-post-primed,portico-typed-primed"
JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAVAS="${JAVAS:-$(command -v java)$([ -x "$JAVA25" ] && echo ",$JAVA25")}"

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --quick) RUNS=5; JMH_OPTS="-f 1 -wi 1 -i 2 -w 500ms -r 500ms" ;;
    --offline) MVN+=(-o) ;;
    --java) JAVAS="$2"; shift ;;
    --spring) SPRING=1 ;;
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
    VARIANTS="$VARIANTS,node-get,node-post,node-typed"
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

echo "== Cold start: $RUNS runs of $VARIANTS on $JAVAS (progress in results/coldstart.log)" >&2
"${JAVA[@]}" -cp "$HARNESS_CP" dev.portico.benchmarks.harness.ColdStartHarness --bench-dir "$BENCH_DIR" \
  --runs "$RUNS" --variants "$VARIANTS" --java "$JAVAS" --out "$RESULTS/coldstart.json" "${JVM_ARGS[@]}" \
  > /dev/null 2> "$RESULTS/coldstart.log"

echo "== Classes loaded up to the first response" >&2
"${JAVA[@]}" -cp "$HARNESS_CP" dev.portico.benchmarks.harness.ClassLoadProfile --bench-dir "$BENCH_DIR" \
  --variants "$VARIANTS" --java "$JAVAS" --out "$RESULTS" "${JVM_ARGS[@]}" > /dev/null

echo "== JMH at C1: $JMH_OPTS" >&2
# shellcheck disable=SC2086
java -cp "$JMH_CP" org.openjdk.jmh.Main $JMH_OPTS -jvmArgsAppend "-XX:TieredStopAtLevel=1" \
  -rf json -rff "$RESULTS/jmh.json" 'dev.portico.benchmarks.jmh.*' > "$RESULTS/jmh.txt"

"${JAVA[@]}" -cp "$HARNESS_CP" dev.portico.benchmarks.harness.Report --results "$RESULTS"
