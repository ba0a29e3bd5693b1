namespace GcmBot.Tests.Hardening;

/// <summary>Settings shared by the hardening tests.</summary>
internal static class HardeningSettings
{
    /// <summary>Limits far above what a test sends, for tests about something else than rate limits.</summary>
    public static Dictionary<string, string?> NoRateLimits => new()
    {
        ["RateLimits:UserPermits"] = "100000",
        ["RateLimits:ConversationPermits"] = "100000",
    };
}
