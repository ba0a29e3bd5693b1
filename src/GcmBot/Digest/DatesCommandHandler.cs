using System.Globalization;
using GcmBot.Core.Digest;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Digest;

/// <summary>
/// "dates": the digest for today on demand (today in the conversation's digest time zone, else UTC),
/// or "dates 2027-01-15" for the calendar as seen from another day.
/// </summary>
internal sealed class DatesCommandHandler(SubscriptionStore subscriptions, DigestComposer composer, TimeProvider time) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["dates"];

    public async Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        if (arguments.Length > 0)
        {
            return DateOnly.TryParseExact(arguments, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? composer.Compose(day)
                : Reply.Simple(ReplyKind.Error, "Not a date", $"“{arguments}” is not a date. Type dates for today, or a date as yyyy-MM-dd, e.g. dates 2027-01-15.");
        }

        var zone = await DigestCommandHandler.ConversationZoneAsync(subscriptions, context, cancellationToken);
        return composer.Compose(DigestSchedule.LocalDate(time.GetUtcNow(), zone));
    }
}
