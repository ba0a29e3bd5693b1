using System.Net.Http.Headers;
using GcmBot.Hosting;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GcmBot.Teams.Connector;

/// <summary>One Connector call's answer, with the Retry-After header it carried.</summary>
internal readonly record struct ConnectorAttempt(ConnectorResult Result, RetryConditionHeaderValue? RetryAfter);

/// <summary>
/// The Connector's retries as a Polly resilience pipeline on the app's <see cref="TimeProvider"/>: the statuses
/// Teams documents as retryable (429, 412, 502, 504) and network failures, up to Teams:MaxSendRetries, with
/// exponential backoff from Teams:RetryBaseDelay plus up to a second of jitter, capped at Teams:RetryMaxDelay;
/// a longer Retry-After is honoured up to that cap.
/// </summary>
internal sealed class ConnectorRetries
{
    private static readonly TimeSpan MaxJitter = TimeSpan.FromSeconds(1);

    private readonly IOptions<TeamsOptions> _options;
    private readonly TimeProvider _time;

    public ConnectorRetries(IOptions<TeamsOptions> options, TimeProvider time, GcmBotMetrics metrics, ILogger<BotConnectorClient> logger)
    {
        _options = options;
        _time = time;
        var retries = options.Value.MaxSendRetries;
        Pipeline = retries == 0
            ? ResiliencePipeline<ConnectorAttempt>.Empty
            : new ResiliencePipelineBuilder<ConnectorAttempt> { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions<ConnectorAttempt>
                {
                    MaxRetryAttempts = retries,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Result.StatusCode: var status } && IsRetryable(status)),
                    DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(DelayFor(args.AttemptNumber, args.Outcome.Result.RetryAfter)),
                    OnRetry = args =>
                    {
                        var status = args.Outcome.Result.Result.StatusCode;
                        if (status == 429)
                        {
                            metrics.RateLimitWaited(Core.Routing.Surface.Teams.Name, "connector");
                        }

                        Log.SendRetrying(logger, status, args.AttemptNumber + 1, args.RetryDelay);
                        return ValueTask.CompletedTask;
                    },
                })
                .Build();
    }

    public ResiliencePipeline<ConnectorAttempt> Pipeline { get; }

    /// <summary>0 stands for a network failure or a timeout: no answer at all.</summary>
    public static bool IsRetryable(int statusCode) => statusCode is 429 or 412 or 502 or 504 or 0;

    /// <summary>The wait before retry number <paramref name="attempt"/> (0 for the first retry).</summary>
    public TimeSpan DelayFor(int attempt, RetryConditionHeaderValue? retryAfter)
    {
        var settings = _options.Value;
        var exponential = settings.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        var capped = exponential < settings.RetryMaxDelay ? exponential : settings.RetryMaxDelay;
        var jitterCeiling = settings.RetryBaseDelay < MaxJitter ? settings.RetryBaseDelay : MaxJitter;
#pragma warning disable CA5394 // Jitter only spreads retries out; it is not security-relevant.
        var delay = capped + (jitterCeiling * Random.Shared.NextDouble());
#pragma warning restore CA5394
        var requested = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _time.GetUtcNow(),
            _ => TimeSpan.Zero,
        };
        return requested > delay ? (requested < settings.RetryMaxDelay ? requested : settings.RetryMaxDelay) : delay;
    }
}
