using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Digest;

/// <summary>
/// A calendar entry with its source resolved: <see cref="Quote"/> is the cited sentence, verbatim,
/// and <see cref="PassageId"/> the passage it comes from (e.g. "zd/44/c").
/// </summary>
public sealed record Milestone(CalendarEntry Entry, string Quote, string PassageId)
{
    public bool IsReviewForum =>
        Entry.Kind is MilestoneKind.InternationalReviewForum or MilestoneKind.RegionalReviewForum;

    /// <summary>The Zero Draft is a draft: years taken from it are a plan, and the digest says so.</summary>
    public bool FromDraft => Entry.Source.Document == DocumentIds.ZeroDraft;

    public bool EndsBefore(DateOnly day) => Entry.End < day;

    public bool StartsAfter(DateOnly day) => Entry.Start > day;
}
