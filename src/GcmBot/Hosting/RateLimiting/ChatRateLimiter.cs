using System.Globalization;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Hosting.Memory;
using Microsoft.Extensions.Options;

namespace GcmBot.Hosting.RateLimiting;

/// <summary>
/// Per-person and per-conversation message limits in fixed windows on <see cref="TimeProvider"/>. It runs after the adapter has authenticated the message, because
/// the person and conversation are only known from the verified payload; the HTTP middleware runs before that.
/// </summary>
public sealed class ChatRateLimiter : IIdleSweep
{
    private readonly FixedWindows _users;
    private readonly FixedWindows _conversations;
    private readonly FixedWindows _notices;
    private readonly Lock _gate = new();
    private readonly Reply _refusal;
    private readonly ILogger<ChatRateLimiter> _logger;

    public ChatRateLimiter(IOptions<RateLimitOptions> options, ILogger<ChatRateLimiter> logger, TimeProvider time)
    {
        var settings = options.Value;
        _logger = logger;
        _users = new FixedWindows(settings.UserPermits, settings.Window, time);
        _conversations = new FixedWindows(settings.ConversationPermits, settings.Window, time);
        _notices = new FixedWindows(1, settings.Window, time);
        _refusal = Refusal(settings);
    }

    /// <summary>Keys remembered now (people, conversations and notices in their current windows).</summary>
    public int TrackedKeys
    {
        get
        {
            lock (_gate)
            {
                return _users.Count + _conversations.Count + _notices.Count;
            }
        }
    }

    /// <summary>Forgets the windows that have ended (the idle trim calls it; otherwise the next message sweeps).</summary>
    void IIdleSweep.SweepIdle()
    {
        lock (_gate)
        {
            _users.SweepNow();
            _conversations.SweepNow();
            _notices.SweepNow();
        }
    }

    /// <summary>Takes one message's permit from the sender's and the conversation's budgets.</summary>
    public RateVerdict Check(ChatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool toldNow;
        lock (_gate)
        {
            // A message is counted against both budgets or neither: a refusal by the conversation costs the person nothing.
            var user = $"{context.Surface}|{context.UserId}";
            var conversation = $"{context.Surface}|{context.ConversationId}";
            if (_users.CanTake(user) && _conversations.CanTake(conversation))
            {
                _users.Take(user);
                _conversations.Take(conversation);
                return RateVerdict.Allowed;
            }

            toldNow = _notices.TryTake($"{context.Surface}|{context.UserId}|{context.ConversationId}");
        }

        if (toldNow)
        {
            Log.Limited(_logger, context.Surface.Name, context.ConversationId);
        }
        else
        {
            Log.RefusedQuietly(_logger, context.Surface.Name, context.ConversationId);
        }

        return new RateVerdict(_refusal, AlreadyTold: !toldNow);
    }

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
