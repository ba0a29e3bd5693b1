using GcmBot.Core.Digest;

namespace GcmBot.Core.Tests.Digest;

/// <summary>The real forum calendar, loaded once from the repository's corpus/.</summary>
internal static class TestCalendar
{
    private static readonly Lazy<ForumCalendar> Lazy = new(() => ForumCalendarLoader.Load(TestCorpus.Folder, TestCorpus.Corpus));

    public static ForumCalendar Calendar => Lazy.Value;

    public static Milestone Get(string id) => Calendar.Milestones.Single(m => m.Entry.Id == id);
}
