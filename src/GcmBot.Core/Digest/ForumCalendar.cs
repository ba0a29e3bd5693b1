namespace GcmBot.Core.Digest;

/// <summary>The review calendar: every dated milestone, in date order, with questions the digest asks.</summary>
public sealed class ForumCalendar(IReadOnlyList<Milestone> milestones)
{
    private static readonly MilestoneKind[] ForumKinds =
        [MilestoneKind.InternationalReviewForum, MilestoneKind.RegionalReviewForum];

    public IReadOnlyList<Milestone> Milestones { get; } =
        [.. milestones.OrderBy(m => m.Entry.Start).ThenBy(m => m.Entry.End)];

    /// <summary>
    /// Every forum not known to be over on <paramref name="day"/>, in date order: a forum dated only
    /// by a year that includes the day counts, since the sources cannot say it has passed.
    /// </summary>
    public IReadOnlyList<Milestone> NextForums(DateOnly day) =>
        [.. Milestones.Where(m => ForumKinds.Contains(m.Entry.Kind) && !m.EndsBefore(day))];

    /// <summary>Per forum kind, the last forum whose whole period lies before <paramref name="day"/>.</summary>
    public IReadOnlyList<Milestone> LatestForums(DateOnly day) =>
        [.. ForumKinds
            .Select(kind => Milestones.LastOrDefault(m => m.Entry.Kind == kind && m.EndsBefore(day)))
            .OfType<Milestone>()];

    /// <summary>Milestones whose period overlaps [<paramref name="from"/>, <paramref name="until"/>).</summary>
    public IReadOnlyList<Milestone> Overlapping(DateOnly from, DateOnly until) =>
        [.. Milestones.Where(m => m.Entry.Start < until && m.Entry.End >= from)];
}
