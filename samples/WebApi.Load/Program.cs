// dotnet run --project WebApi.Load -c Release -- BASE_URL [CONCURRENCY=200] [REQUESTS=20000]
// Sends REQUESTS GETs to the API, CONCURRENCY at a time, cycling through a fact, a provenance, a
// lookup and a kind's list, after a warm-up of each; prints the latency percentiles and the errors
// (any status but 200, or a failed request). Exit code 1 when there was an error.
using System.Diagnostics;

var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5080/");
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 200;
var total = args.Length > 2 ? int.Parse(args[2]) : 20_000;
string[] paths = ["facts/wang-yi", "facts/antony-blinken/provenance", "people?country=china", "positions?holder=china", "facts/topic-taiwan", "countries"];

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = baseUrl };
foreach (var path in paths)
{
    using var warm = await client.GetAsync(path);
    if (!warm.IsSuccessStatusCode) { Console.Error.WriteLine($"warm-up: {path} answered {(int)warm.StatusCode}"); return 1; }
}

var latencies = new double[total];
var errors = 0;
var next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < total)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetAsync(paths[i % paths.Length], HttpCompletionOption.ResponseContentRead);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref errors);
        }
        latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}));
clock.Stop();

Array.Sort(latencies);
double Percentile(double p) => latencies[Math.Min(total - 1, (int)Math.Ceiling(p / 100 * total) - 1)];
Console.WriteLine($"{total} requests, {concurrency} concurrent, {clock.Elapsed.TotalSeconds:F2} s ({total / clock.Elapsed.TotalSeconds:F0} requests/s), errors {errors}");
Console.WriteLine($"latency ms: p50 {Percentile(50):F2}, p90 {Percentile(90):F2}, p99 {Percentile(99):F2}, max {latencies[^1]:F2}");
return errors == 0 ? 0 : 1;
