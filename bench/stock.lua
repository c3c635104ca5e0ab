-- wrk script for the 1M-move ledger: GET /api/v1/inventory/stock for a random bench item in a
-- random bench warehouse (bench/stock.sh made BLD-0001…BLD-<items> × BWH-1…BWH-5). Prints the
-- same WRK_RESULT line as bench/menus.lua.
local token = os.getenv("KELOLA_TOKEN")
local items = tonumber(os.getenv("BENCH_ITEMS") or "")
if token == nil or token == "" or items == nil then
  error("KELOLA_TOKEN and BENCH_ITEMS must be set")
end

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  local path = string.format("/api/v1/inventory/stock?q=BLD-%04d&wh=BWH-%d", math.random(1, items), math.random(1, 5))
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p95_us=%d p99_us=%d mean_us=%.0f non2xx=%d errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean,
    e.status, e.connect + e.read + e.write + e.timeout))
end
