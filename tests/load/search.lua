-- wrk script for `readout serve`: each request is a search from a fixed mix
-- (common, very common, rare, two-word and prefix words; speaker; words with
-- a speaker or a date; pages 1 to 3), cycled per connection. Non-200
-- answers are counted and printed at the end.
local searches = {
  "q=budget", "q=economy", "q=security", "q=growth", "q=budget%20economy", "q=grow*",
  "speaker=Keir%20Starmer", "q=budget&speaker=Starmer", "q=economy&since=2023-01-01",
  "q=security&kind=direct", "speaker=Alice%20Abbott&until=2019", "q=budget&source=news3",
}
local counter = 0
local failures = 0

request = function()
  counter = counter + 1
  local search = searches[(counter % #searches) + 1]
  local page = (math.floor(counter / #searches) % 3) + 1
  return wrk.format("GET", "/api/quotes?" .. search .. "&per_page=20&page=" .. page)
end

response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors (connect %d, read %d, write %d, timeout %d, status %d)\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%g %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms, mean %.1f ms\n", latency.max / 1000, latency.mean / 1000))
end
