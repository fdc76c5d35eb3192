#!/usr/bin/env bash
# The lookup benchmark (see BENCHMARKS.md): builds the service jar and the test classes, then runs
# app.verbatim.bench.LookupBenchmark, which starts a throwaway PostgreSQL and the jar, loads them
# with wrk, and writes a table to bench/results/<timestamp>.md. Takes about 12 minutes.
# Settings pass through as system properties, e.g.  bench/lookup.sh -Dbench.seconds=10 -Dbench.quotations=20000
exec "$(dirname "$0")/run.sh" app.verbatim.bench.LookupBenchmark "$@"
