using GcmBot.Core.Replies;

namespace GcmBot.Hosting.RateLimiting;

/// <summary>
/// The limiter's answer for one message: go ahead (<see cref="Refusal"/> is null), or the friendly
/// refusal to show, and whether this sender was already shown it in the current window.
/// </summary>
public sealed record RateVerdict(Reply? Refusal, bool AlreadyTold)
{
    public static RateVerdict Allowed { get; } = new(null, false);

    public bool IsAllowed => Refusal is null;
}
