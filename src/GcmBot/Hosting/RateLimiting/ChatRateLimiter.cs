using System.Globalization;
using System.Threading.RateLimiting;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using Microsoft.Extensions.Options;

namespace GcmBot.Hosting.RateLimiting;

/// <summary>
/// Per-person and per-conversation message limits, on the partitioned fixed-window limiters that ASP.NET
/// Core's rate limiting is built on. It runs after the adapter has authenticated the message, because
/// the person and conversation are only known from the verified payload; the HTTP middleware runs before that.
/// </summary>
public sealed class ChatRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<ChatContext> _messages;
    private readonly PartitionedRateLimiter<ChatContext> _notices;
    private readonly Reply _refusal;
    private readonly ILogger<ChatRateLimiter> _logger;

    public ChatRateLimiter(IOptions<RateLimitOptions> options, ILogger<ChatRateLimiter> logger)
    {
        var settings = options.Value;
        _logger = logger;
        _messages = PartitionedRateLimiter.CreateChained(
            Limiter(c => $"user|{c.Surface}|{c.UserId}", settings.UserPermits, settings.Window),
            Limiter(c => $"conversation|{c.Surface}|{c.ConversationId}", settings.ConversationPermits, settings.Window));
        _notices = Limiter(c => $"{c.Surface}|{c.UserId}|{c.ConversationId}", 1, settings.Window);
        _refusal = Refusal(settings);
    }

    /// <summary>Takes one message's permit from the sender's and the conversation's budgets.</summary>
    public RateVerdict Check(ChatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = _messages.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            return RateVerdict.Allowed;
        }

        using var notice = _notices.AttemptAcquire(context);
        if (notice.IsAcquired)
        {
            Log.Limited(_logger, context.Surface, context.ConversationId);
        }
        else
        {
            Log.RefusedQuietly(_logger, context.Surface, context.ConversationId);
        }

        return new RateVerdict(_refusal, AlreadyTold: !notice.IsAcquired);
    }

    public void Dispose()
    {
        _messages.Dispose();
        _notices.Dispose();
    }

    private static PartitionedRateLimiter<ChatContext> Limiter(Func<ChatContext, string> key, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<ChatContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            key(context),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));

    private static Reply Refusal(RateLimitOptions settings)
    {
        var window = settings.Window.TotalSeconds < 120
            ? string.Create(CultureInfo.InvariantCulture, $"{settings.Window.TotalSeconds:0} seconds")
            : string.Create(CultureInfo.InvariantCulture, $"{settings.Window.TotalMinutes:0} minutes");
        return Reply.Simple(
            ReplyKind.Error,
            "One moment, please",
            $"Messages are arriving faster than GcmBot answers them: it takes up to {settings.UserPermits} per person and " +
            $"{settings.ConversationPermits} per conversation every {window}. Please wait a little and ask again.");
    }
}
