using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Connector;

/// <summary>
/// Exponential backoff with random jitter for the statuses Teams documents as retryable
/// (429, 412, 502, 504); a Retry-After header is honoured up to Teams:RetryMaxDelay.
/// </summary>
internal sealed class RetryBackoff(IOptions<TeamsOptions> options, TimeProvider time)
{
    private static readonly TimeSpan MaxJitter = TimeSpan.FromSeconds(1);

    public static bool IsRetryable(int statusCode) => statusCode is 429 or 412 or 502 or 504;

    /// <summary>The wait before retry number <paramref name="attempt"/> (0 for the first retry).</summary>
    public TimeSpan DelayFor(int attempt, RetryConditionHeaderValue? retryAfter)
    {
        var settings = options.Value;
        var exponential = settings.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        var capped = exponential < settings.RetryMaxDelay ? exponential : settings.RetryMaxDelay;
        var jitterCeiling = settings.RetryBaseDelay < MaxJitter ? settings.RetryBaseDelay : MaxJitter;
#pragma warning disable CA5394 // Jitter only spreads retries out; it is not security-relevant.
        var delay = capped + (jitterCeiling * Random.Shared.NextDouble());
#pragma warning restore CA5394
        var requested = Requested(retryAfter);
        if (requested > delay)
        {
            delay = requested < settings.RetryMaxDelay ? requested : settings.RetryMaxDelay;
        }

        return delay;
    }

    private TimeSpan Requested(RetryConditionHeaderValue? retryAfter) => retryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => TimeSpan.Zero,
    };
}
