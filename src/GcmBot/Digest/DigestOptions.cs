using System.ComponentModel.DataAnnotations;

namespace GcmBot.Digest;

/// <summary>Settings of the daily digest, section "Digest".</summary>
internal sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Runs the scheduler; the commands work either way. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>SQLite file of subscriptions and sends, relative to the content root. Default data/gcmbot.db.</summary>
    [Required(ErrorMessage = "Digest:DatabasePath is required (e.g. data/gcmbot.db).")]
    public string DatabasePath { get; set; } = "data/gcmbot.db";

    /// <summary>How often the scheduler looks for due digests. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Digest:TickInterval must be between {1} and {2}.")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait before the first retry of a failed send; doubles per attempt. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Digest:RetryInitialDelay must be between {1} and {2}.")]
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between retries. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Digest:RetryMaxDelay must be between {1} and {2}.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed attempts after which a day's digest is given up. Default 10.</summary>
    [Range(1, 100, ErrorMessage = "Digest:MaxAttempts must be between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// How long a claimed send belongs to the process that claimed it. A post is cut off at half this
    /// time; a claim older than this was left by a crashed process and is taken over. Default 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Digest:ClaimLease must be between {1} and {2}.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Posts in flight at once, so one slow channel never holds up the others. Default 4.</summary>
    [Range(1, 64, ErrorMessage = "Digest:MaxConcurrentPosts must be between {1} and {2}.")]
    public int MaxConcurrentPosts { get; set; } = 4;

    /// <summary>Exponential backoff: RetryInitialDelay, doubled per further failure, capped at RetryMaxDelay.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(RetryInitialDelay.Ticks * factor, RetryMaxDelay.Ticks));
    }
}
