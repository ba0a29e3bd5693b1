using GcmBot.Core.Digest;
using GcmBot.Core.Replies;

namespace GcmBot.Digest;

/// <summary>"digest status": the subscription's time, next digest, last one sent and any trouble.</summary>
internal static class DigestStatusReply
{
    public static Reply Build(DigestSubscription subscription, SendRecord? latest, TimeZoneInfo zone, DateTimeOffset now)
    {
        List<ReplyField> fields =
        [
            new("Time", DigestReplies.Time(subscription.LocalTime)),
            new("Time zone", zone.Id),
            new("Last sent", subscription.LastSentLocalDate is { } sent ? MilestoneWording.Date(sent) : "not yet"),
        ];
        if (subscription.Paused)
        {
            return new Reply(
                ReplyKind.Answer,
                "Daily digest paused",
                [new TextBlock(
                    $"Paused: the last post here was refused, so the conversation is gone or the bot lost access ({subscription.PausedReason}). " +
                    "Once the bot can post here again, run digest subscribe to resume.")],
                fields,
                []);
        }

        fields.Insert(2, new ReplyField("Next digest", DigestReplies.When(DigestSchedule.NextInstant(subscription, zone, now), zone)));
        List<ReplyBlock> blocks = [new TextBlock($"This conversation gets the review-forum digest every day at {DigestReplies.Time(subscription.LocalTime)} ({zone.Id}).")];
        if (latest is { Status: "retry" } && latest.NextAttempt > now)
        {
            blocks.Add(new TextBlock(
                $"The digest for {MilestoneWording.Date(latest.Day)} failed {latest.Attempts} time(s); next try {DigestReplies.When(latest.NextAttempt, zone)}."));
        }
        else if (latest is { Status: "failed" })
        {
            blocks.Add(new TextBlock($"The digest for {MilestoneWording.Date(latest.Day)} could not be posted after {latest.Attempts} attempts."));
        }
        else if (latest is { Status: "unconfirmed" })
        {
            blocks.Add(new TextBlock(
                $"The digest for {MilestoneWording.Date(latest.Day)} got no answer in time, so it may not have appeared here; it is not posted again, to avoid posting it twice."));
        }

        return new Reply(ReplyKind.Answer, "Daily digest", blocks, fields, [new ReplyAction("Preview tomorrow's digest", "digest preview", "Tomorrow")]);
    }
}
