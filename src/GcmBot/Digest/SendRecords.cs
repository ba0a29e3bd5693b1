namespace GcmBot.Digest;

/// <summary>After a failed attempt: how many have failed, and when to try again (null: given up).</summary>
internal sealed record RetryPlan(int Attempts, DateTimeOffset? NextAttempt);

/// <summary>One day's send: status is claimed, sent, unconfirmed, retry, failed or gone.</summary>
internal sealed record SendRecord(DateOnly Day, string Status, int Attempts, DateTimeOffset NextAttempt);

/// <summary>The status of a posted day.</summary>
internal static class SendStatus
{
    /// <summary>"sent": the platform confirmed it; "unconfirmed": no answer in time, so it may or may not show.</summary>
    public static string Posted(bool confirmed) => confirmed ? "sent" : "unconfirmed";
}
