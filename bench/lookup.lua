-- wrk script for POST /api/v1/lookup (and /api/v1/check): rotates through ready-made JSON
-- bodies, one a line, in the file named by BENCH_BODIES (written by LookupBenchmark).
-- Counts non-2xx answers itself (wrk's own counter only sees status > 399) and prints one
-- machine-readable line at the end for the orchestrator.

local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end

local threads = {}
local next_body = 1
non2xx = 0  -- global: done() reads it through thread:get

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  -- threads start at different submissions so they do not move in lockstep
  next_body = (id * 7) % #bodies + 1
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("non2xx") end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d mean_us=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, bad, e.connect + e.read + e.write + e.timeout))
end
