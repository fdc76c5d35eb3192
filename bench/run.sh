#!/usr/bin/env bash
# What every benchmark script here does: installs wrk (Debian package) if missing, builds the service jar and the
# test classes (where the benchmarks live), then runs the benchmark class named first with the rest of the
# arguments as JVM options (system properties such as -Dbench.seconds=10). Maven options pass through MAVEN_ARGS,
# e.g. MAVEN_ARGS=-o for an offline build.
set -euo pipefail
cd "$(dirname "$0")/.."
main=$1
shift

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
  "$main"
