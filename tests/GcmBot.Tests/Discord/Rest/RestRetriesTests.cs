using GcmBot.Discord.Rest;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Hosting;
using Polly;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>The REST retry pipeline (Polly) on the fake clock: it waits what it was told, on TimeProvider, and leaves bucket pauses to the limits.</summary>
public sealed class RestRetriesTests : IDisposable
{
    private static readonly RestRoute Route = RestRoute.CreateMessage("1");
    private readonly FakeClock _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TestMeters _meters = new();
    private readonly RateLimits _limits;
    private int _attempts;

    public RestRetriesTests() => _limits = new RateLimits(_time);

    public void Dispose() => _meters.Dispose();

    [Fact]
    public async Task Execute_ServerError_RetriesOnlyAfterTheBackoffOnTheFakeClock()
    {
        var running = RunAsync(new DiscordRestTimings(), RestOutcome.ServerError, TimeSpan.FromSeconds(2));
        await _time.WaitForTimersAsync();

        // 1.9 s of the 2 s backoff: the retry has not gone yet.
        _time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Equal(1, Volatile.Read(ref _attempts));

        _time.Advance(TimeSpan.FromSeconds(0.1));
        var last = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _attempts);
        Assert.Equal(RestOutcome.Success, last.Result.Outcome);
    }

    [Fact]
    public async Task Execute_RateLimitedWhileTheBucketIsPaused_AddsNoDelayOfItsOwn()
    {
        // RestResponses pauses the route's bucket on a 429; the next attempt's wait for the limits waits that out.
        _limits.Pause(Route, TimeSpan.FromSeconds(5), global: false);

        var last = await RunAsync(new DiscordRestTimings(), RestOutcome.RateLimited, TimeSpan.FromSeconds(5)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _attempts);
        Assert.Equal(RestOutcome.Success, last.Result.Outcome);
    }

    [Fact]
    public async Task Execute_AlwaysFailing_StopsAfterMaxAttempts()
    {
        var timings = new DiscordRestTimings { MaxAttempts = 3 };
        var pipeline = RestRetries.Build(timings, _limits, _time, _meters.Metrics);
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(RestRetries.Route, Route);

        var running = pipeline.ExecuteAsync(_ =>
        {
            Interlocked.Increment(ref _attempts);
            return ValueTask.FromResult(new RestAttempt(new RestResult(RestOutcome.ServerError, 500), TimeSpan.FromSeconds(1)));
        }, context).AsTask();
        for (var retry = 1; retry <= 2; retry++)
        {
            await _time.WaitForTimersAsync();
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var last = await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, _attempts);
        Assert.Equal(RestOutcome.ServerError, last.Result.Outcome);
        Assert.NotNull(last.RetryAfter);
    }

    /// <summary>A first attempt that fails with <paramref name="outcome"/> and asks for <paramref name="retryAfter"/>, then success.</summary>
    private Task<RestAttempt> RunAsync(DiscordRestTimings timings, RestOutcome outcome, TimeSpan retryAfter)
    {
        var pipeline = RestRetries.Build(timings, _limits, _time, _meters.Metrics);
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(RestRetries.Route, Route);
        return pipeline.ExecuteAsync(_ => ValueTask.FromResult(Interlocked.Increment(ref _attempts) == 1
            ? new RestAttempt(new RestResult(outcome, 500), retryAfter)
            : new RestAttempt(new RestResult(RestOutcome.Success, 200), null)), context).AsTask();
    }
}
