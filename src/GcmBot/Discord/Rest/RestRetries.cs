using GcmBot.Hosting;
using Polly;
using Polly.Retry;

namespace GcmBot.Discord.Rest;

/// <summary>One REST call's result, and how long to wait before trying again (null: do not retry).</summary>
internal readonly record struct RestAttempt(RestResult Result, TimeSpan? RetryAfter);

/// <summary>
/// The REST client's retries as a Polly resilience pipeline on the app's <see cref="TimeProvider"/>, up to
/// <see cref="DiscordRestTimings.MaxAttempts"/> tries. <see cref="RestResponses"/> decides what is retried and
/// after how long (5xx and network errors: exponential backoff with jitter; 429: Discord's retry_after). The
/// bucket logic stays in <see cref="RateLimits"/>: a 429 that paused the route's bucket is waited out by the
/// next attempt's own wait for the limits, so the pipeline adds no delay of its own then (and the wait is counted
/// once, here, not again by that attempt).
/// </summary>
internal static class RestRetries
{
    public static readonly ResiliencePropertyKey<RestRoute> Route = new("discord.rest.route");

    public static ResiliencePipeline<RestAttempt> Build(DiscordRestTimings timings, RateLimits limits, TimeProvider time, GcmBotMetrics metrics) =>
        timings.MaxAttempts <= 1
            ? ResiliencePipeline<RestAttempt>.Empty
            : new ResiliencePipelineBuilder<RestAttempt> { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions<RestAttempt>
                {
                    MaxRetryAttempts = timings.MaxAttempts - 1,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result.RetryAfter is not null),
                    DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(DelayFor(args.Outcome.Result, args.Context.Properties.GetValue(Route, null!), limits)),
                    OnRetry = args =>
                    {
                        // Each 429 that is retried is one rate-limit wait, counted here once, whoever waits it out
                        // (the limits on the next attempt, or this pipeline when the limits do not hold it).
                        if (args.Outcome.Result.Result.Outcome == RestOutcome.RateLimited)
                        {
                            metrics.RateLimitWaited(Core.Routing.Surface.Discord.Name, args.Context.Properties.GetValue(Route, null!).Key);
                        }

                        return ValueTask.CompletedTask;
                    },
                })
                .Build();

    private static TimeSpan DelayFor(RestAttempt attempt, RestRoute route, RateLimits limits) =>
        attempt.Result.Outcome != RestOutcome.RateLimited
            ? attempt.RetryAfter!.Value
            : limits.WaitBefore(route) <= TimeSpan.Zero ? attempt.RetryAfter!.Value : TimeSpan.Zero;
}
