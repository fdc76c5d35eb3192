#!/usr/bin/env bash
# The Works benchmark of issue 11 (see BENCHMARKS.md, "Works lookups"): builds the service jar and the test
# classes, then runs app.verbatim.bench.WorksBenchmark, which starts a throwaway PostgreSQL and the jar, times the
# first-start load of all 39 volumes, loads lookups with wrk, measures the service's memory and PostgreSQL's
# pg_trgm word_similarity over the same pages, and writes a report to bench/results/<timestamp>.md.
# Takes about 12 minutes. Settings pass through as system properties, e.g.  bench/works.sh -Dbench.seconds=10
exec "$(dirname "$0")/run.sh" app.verbatim.bench.WorksBenchmark "$@"
