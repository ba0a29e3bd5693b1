namespace GcmBot.Discord.Rest;

/// <summary>Retry and safety settings of the REST client; tests shorten them.</summary>
internal sealed class DiscordRestTimings
{
    /// <summary>Tries per call, counting the first.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>First wait after a 5xx or a network error; doubled each time, with jitter.</summary>
    public TimeSpan ServerErrorDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 asking for a longer wait than this is not retried (the caller gets RateLimited).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Discord bans an IP for a while after 10,000 invalid requests (401, 403, 429) in 10 minutes;
    /// stop well before that.
    /// </summary>
    public int InvalidRequestBudget { get; init; } = 2000;

    public TimeSpan InvalidRequestWindow { get; init; } = TimeSpan.FromMinutes(10);
}
