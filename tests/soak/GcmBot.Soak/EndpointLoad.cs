using System.Diagnostics;

namespace GcmBot.Soak;

/// <summary>
/// Open-loop load on one endpoint: a request starts every 1/rate seconds whatever the answers do (so a
/// slow app shows as latency, not as a lower rate), at most <see cref="MaxInFlight"/> at once.
/// </summary>
internal sealed class EndpointLoad(string name, Func<long, HttpRequestMessage> build, HttpClient client)
{
    public const int MaxInFlight = 256;

    private readonly List<double> _latencies = [];
    private readonly List<string> _errors = [];
    private readonly List<Task> _running = [];
    private long _sent;
    private int _inFlight;
    private int _skipped;
    private int _limited;

    public string Name => name;

    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Requests not started because <see cref="MaxInFlight"/> were still waiting for answers.</summary>
    public int Skipped => Volatile.Read(ref _skipped);

    /// <summary>Answers that were the rate limiter's refusal rather than an answer.</summary>
    public int Limited => Volatile.Read(ref _limited);

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public async Task RunAsync(int rate, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        for (long n = 0; clock.Elapsed < duration; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            if (Interlocked.Increment(ref _inFlight) > MaxInFlight)
            {
                Interlocked.Decrement(ref _inFlight);
                Interlocked.Increment(ref _skipped);
                continue;
            }

            lock (_running)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(SendAsync(n));
            }
        }

        Task[] rest;
        lock (_running)
        {
            rest = [.. _running];
        }

        await Task.WhenAll(rest);
    }

    public Latencies Latency()
    {
        lock (_latencies)
        {
            return Latencies.Of(_latencies);
        }
    }

    private async Task SendAsync(long n)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = build(n);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains("One moment, please", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _limited);
            }

            if (!response.IsSuccessStatusCode)
            {
                Fail($"{(int)response.StatusCode} for request {n} ({SoakRequests.Text(n)})");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Fail($"{ex.GetType().Name} for request {n}: {ex.Message}");
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (_latencies)
            {
                _latencies.Add(elapsed);
            }

            Interlocked.Increment(ref _sent);
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void Fail(string what)
    {
        lock (_errors)
        {
            _errors.Add($"{name}: {what}");
        }
    }
}

/// <summary>Percentiles of a set of latencies in milliseconds.</summary>
internal sealed record Latencies(int Count, double P50, double P99, double Max)
{
    public static Latencies Of(List<double> values)
    {
        if (values.Count == 0)
        {
            return new Latencies(0, 0, 0, 0);
        }

        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Latencies(sorted.Length, At(0.50), At(0.99), sorted[^1]);
    }
}
