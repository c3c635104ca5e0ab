-- wrk script for GET /api/v1/dashboard/summary (bench/factory-dashboard.sh): bearer token from
-- $KELOLA_TOKEN; prints the same WRK_RESULT line as bench/menus.lua.
local token = os.getenv("KELOLA_TOKEN")
if token == nil or token == "" then
  error("KELOLA_TOKEN is not set")
end

wrk.method = "GET"
wrk.path = "/api/v1/dashboard/summary"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p95_us=%d p99_us=%d mean_us=%.0f non2xx=%d errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean,
    e.status, e.connect + e.read + e.write + e.timeout))
end
