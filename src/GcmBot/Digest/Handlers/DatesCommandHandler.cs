using System.Globalization;
using GcmBot.Core.Digest;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Digest.Handlers;

/// <summary>
/// "dates": the digest for today on demand (today in the conversation's digest time zone, else UTC),
/// or "dates 2027-01-15" for the calendar as seen from another day.
/// </summary>
internal sealed class DatesCommandHandler(ISubscriptionStore subscriptions, DigestComposer composer, TimeProvider time) : ICommandHandler
{
    /// <summary>The calendar's reach: wide enough for any review cycle, narrow enough that date arithmetic never overflows.</summary>
    public static readonly DateOnly FirstDay = new(1900, 1, 1);

    public static readonly DateOnly LastDay = new(2200, 12, 31);

    public IReadOnlyList<string> Names { get; } = ["dates"];

    public async Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        if (arguments.Length > 0)
        {
            if (!DateOnly.TryParseExact(arguments, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Reply.Simple(ReplyKind.Error, "Not a date", $"“{arguments}” is not a date. Type dates for today, or a date as yyyy-MM-dd, e.g. dates 2027-01-15.");
            }

            return day >= FirstDay && day <= LastDay
                ? composer.Compose(day)
                : Reply.Simple(ReplyKind.Error, "Date out of range", $"{arguments} is too far away: give a date from {FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}, e.g. dates 2027-01-15.");
        }

        var zone = await DigestCommandHandler.ConversationZoneAsync(subscriptions, context, cancellationToken);
        return composer.Compose(DigestSchedule.LocalDate(time.GetUtcNow(), zone));
    }
}
