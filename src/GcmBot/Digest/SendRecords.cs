namespace GcmBot.Digest;

/// <summary>After a failed attempt: how many have failed, and when to try again (null: given up).</summary>
internal sealed record RetryPlan(int Attempts, DateTimeOffset? NextAttempt);

/// <summary>One day's send: status is claimed, sent, retry, failed or gone.</summary>
internal sealed record SendRecord(DateOnly Day, string Status, int Attempts, DateTimeOffset NextAttempt);
