using System.Data.Common;
using GcmBot.Core.Delivery;
using GcmBot.Core.Digest;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Hosting;

namespace GcmBot.Digest.Handlers;

/// <summary>
/// "digest subscribe|unsubscribe|status|preview" for the conversation the command came from. When the
/// database cannot be used (locked, read-only, disk full) the user is told that nothing changed: SQLite
/// writes are all-or-nothing, so existing subscriptions are untouched.
/// </summary>
internal sealed class DigestCommandHandler(
    ISubscriptionStore subscriptions,
    ISendLedger ledger,
    DigestComposer composer,
    IEnumerable<IReplyPoster> posters,
    TimeProvider time,
    ILogger<DigestCommandHandler> logger) : ICommandHandler
{
    // Asked only when someone subscribes: the posters (REST and Connector clients) are not built for the first message.
    private readonly Lazy<HashSet<Surface>> _postable = new(() => [.. posters.Select(p => p.Surface)]);

    public IReadOnlyList<string> Names { get; } = ["digest"];

    public async Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = parts.Length == 0 ? string.Empty : parts[0].ToLowerInvariant();
        var rest = parts.Length > 1 ? parts[1] : string.Empty;
        try
        {
            return await RunAsync(verb, rest, context, cancellationToken);
        }
        catch (DbException e)
        {
            logger.StorageUnavailable(StorageErrors.Describe(e));
            return DigestReplies.StorageUnavailable();
        }
    }

    private async Task<Reply> RunAsync(string verb, string rest, ChatContext context, CancellationToken cancellationToken) =>
        verb switch
        {
            "" or "help" => DigestReplies.Help(),
            "subscribe" => await SubscribeAsync(rest, context, cancellationToken),
            "unsubscribe" => await UnsubscribeAsync(context, cancellationToken),
            "status" => await StatusAsync(context, cancellationToken),
            "preview" => await PreviewAsync(context, cancellationToken),
            _ => DigestReplies.UnknownSubcommand(verb),
        };

    private async Task<Reply> SubscribeAsync(string rest, ChatContext context, CancellationToken cancellationToken)
    {
        if (!context.CanManageSubscriptions)
        {
            return DigestReplies.NeedsPermission();
        }

        if (!_postable.Value.Contains(context.Surface))
        {
            return DigestReplies.NoProactivePosts(context);
        }

        var (arguments, error) = SubscribeArguments.Parse(rest);
        if (arguments is null)
        {
            return DigestReplies.Error(error!);
        }

        var now = time.GetUtcNow();
        var subscription = await subscriptions.SaveAsync(
            context.Surface.Name, context.ConversationId, arguments.Time, arguments.Zone.Id, now, cancellationToken);
        return DigestReplies.Subscribed(subscription, DigestSchedule.NextInstant(subscription, arguments.Zone, now), arguments.Zone);
    }

    private async Task<Reply> UnsubscribeAsync(ChatContext context, CancellationToken cancellationToken) =>
        context.CanManageSubscriptions
            ? DigestReplies.Unsubscribed(await subscriptions.RemoveAsync(context.Surface.Name, context.ConversationId, cancellationToken))
            : DigestReplies.NeedsPermission();

    private async Task<Reply> StatusAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(context.Surface.Name, context.ConversationId, cancellationToken);
        if (subscription is null)
        {
            return DigestReplies.NotSubscribed();
        }

        var zone = TimeZones.TryFind(subscription.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var latest = await ledger.LatestAsync(subscription.Id, cancellationToken);
        return DigestStatusReply.Build(subscription, latest, zone, time.GetUtcNow());
    }

    private async Task<Reply> PreviewAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var zone = await ConversationZoneAsync(subscriptions, context, cancellationToken);
        var tomorrow = DigestSchedule.LocalDate(time.GetUtcNow(), zone).AddDays(1);
        var digest = composer.Compose(tomorrow);
        return digest with
        {
            Title = "Preview: " + digest.Title,
            Blocks = [new TextBlock($"Tomorrow's digest ({MilestoneWording.Date(tomorrow)}, {zone.Id})."), .. digest.Blocks],
        };
    }

    /// <summary>The subscription's time zone, or UTC: "today" and "tomorrow" are that zone's.</summary>
    internal static async Task<TimeZoneInfo> ConversationZoneAsync(
        ISubscriptionStore subscriptions, ChatContext context, CancellationToken cancellationToken)
    {
        try
        {
            var subscription = await subscriptions.FindAsync(context.Surface.Name, context.ConversationId, cancellationToken);
            return subscription is not null && TimeZones.TryFind(subscription.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
        }
        catch (DbException)
        {
            // Only "today" depends on it: an unreadable database costs the local day, not the dates.
            return TimeZoneInfo.Utc;
        }
    }
}
