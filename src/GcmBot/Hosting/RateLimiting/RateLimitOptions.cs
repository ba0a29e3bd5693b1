using System.ComponentModel.DataAnnotations;

namespace GcmBot.Hosting.RateLimiting;

/// <summary>
/// Section "RateLimits": how many messages one person, and one conversation (channel, chat, the local
/// page), may send per window. Past either limit the message is not routed and the sender is told once per window.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    [Range(1, 1_000_000, ErrorMessage = "RateLimits:UserPermits must be between 1 and 1000000 messages per window.")]
    public int UserPermits { get; set; } = 20;

    [Range(1, 1_000_000, ErrorMessage = "RateLimits:ConversationPermits must be between 1 and 1000000 messages per window.")]
    public int ConversationPermits { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "RateLimits:Window must be between 00:00:01 and 01:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
