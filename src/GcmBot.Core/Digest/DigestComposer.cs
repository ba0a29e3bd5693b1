using GcmBot.Core.Replies;

namespace GcmBot.Core.Digest;

/// <summary>
/// The review-forum digest for one local day: every forum still ahead, the latest one of each kind,
/// and the other milestones of the coming twelve months, each with its citation. A passage that
/// dates several milestones is quoted once; later lines name it as quoted above.
/// </summary>
public sealed class DigestComposer(ForumCalendar calendar)
{
    public Reply Compose(DateOnly today)
    {
        var next = calendar.NextForums(today);
        var comingUntil = today.AddYears(1);
        var coming = calendar.Overlapping(today, comingUntil).Where(m => !next.Contains(m)).ToList();
        var quoted = new HashSet<string>(StringComparer.Ordinal);

        List<ReplyBlock> blocks = [new HeadingBlock("Next review forums")];
        AddAll(blocks, quoted, next, today, "The documents date no review forum after this day.");
        blocks.Add(new HeadingBlock("Most recent review forums"));
        AddAll(blocks, quoted, calendar.LatestForums(today), today, "The documents date no review forum before this day.");
        blocks.Add(new HeadingBlock($"Other milestones until {MilestoneWording.Date(comingUntil)}"));
        AddAll(blocks, quoted, coming, today, "No other milestone in the documents falls in the next twelve months.");
        blocks.Add(new TextBlock(
            "Dates are given only as precisely as the documents state them. The documents date from 2016 to 2022: " +
            "later decisions on dates and venues are not in them."));

        return new Reply(ReplyKind.Answer, $"GCM review calendar — {MilestoneWording.Date(today)}", blocks, [], []);
    }

    private static void AddAll(
        List<ReplyBlock> blocks, HashSet<string> quoted, IReadOnlyList<Milestone> milestones, DateOnly today, string none)
    {
        if (milestones.Count == 0)
        {
            blocks.Add(new TextBlock(none));
            return;
        }

        foreach (var milestone in milestones)
        {
            if (quoted.Add(milestone.PassageId))
            {
                blocks.Add(new TextBlock(Describe(milestone, today)));
                blocks.Add(new QuoteBlock(milestone.Quote, milestone.Entry.Citation, milestone.PassageId));
            }
            else
            {
                blocks.Add(new TextBlock($"{Describe(milestone, today)} ({milestone.Entry.Citation}, quoted above.)"));
            }
        }
    }

    private static string Describe(Milestone milestone, DateOnly today)
    {
        var entry = milestone.Entry;
        var current = entry.Precision != CalendarPrecision.Day && entry.Precision != CalendarPrecision.DayRange
            && entry.Start <= today && today <= entry.End;
        var countdown = MilestoneWording.Countdown(entry, today);
        List<string> parts = current
            ? [$"{entry.Title}: {MilestoneWording.When(entry)} — {countdown} (the documents give no date)."]
            : [$"{entry.Title}: {MilestoneWording.When(entry)} — {countdown}."];
        if (!current && MilestoneWording.Vagueness(entry) is { } vagueness)
        {
            parts.Add(vagueness);
        }

        if (milestone.FromDraft)
        {
            parts.Add("This is the plan of the Zero Draft of 5 February 2018, a draft, not the adopted text.");
        }

        return string.Join(' ', parts);
    }
}
