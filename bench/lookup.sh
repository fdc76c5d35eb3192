#!/usr/bin/env bash
# The lookup benchmark (see BENCHMARKS.md): builds the service jar and the test classes, then runs
# app.verbatim.bench.LookupBenchmark, which starts a throwaway PostgreSQL and the jar, loads them
# with wrk, and writes a table to bench/results/<timestamp>.md. Takes about 12 minutes.
# Settings pass through as system properties, e.g.  bench/lookup.sh -Dbench.seconds=10 -Dbench.quotations=20000
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }
  else sudo apt-get install -y -q wrk || { sudo apt-get update -q && sudo apt-get install -y -q wrk; }; fi
fi

# -DskipTests still compiles the test classes, where the benchmark lives.
./mvnw -B -q -DskipTests package
./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  app.verbatim.bench.LookupBenchmark
