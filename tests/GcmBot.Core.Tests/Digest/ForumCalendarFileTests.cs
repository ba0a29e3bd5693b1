using System.Text.Json;
using System.Text.RegularExpressions;
using GcmBot.Core.Digest;

namespace GcmBot.Core.Tests.Digest;

/// <summary>
/// Checks corpus/forum-calendar.json against the raw corpus text with its own simple search, so a
/// date the documents do not give cannot reach the digest even if the loader had a bug.
/// </summary>
public sealed class ForumCalendarFileTests
{
    public static TheoryData<string> EntryIds => [.. Entries().Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(EntryIds))]
    public void Entry_CitedPassage_ContainsDateAsWritten(string id)
    {
        var entry = Entries().Single(e => e.Id == id);
        var lines = TestCorpus.Files.Lines(entry.Source.Document);

        var paragraph = lines.First(l => Regex.IsMatch(l, $@"^\s*{entry.Source.Paragraph}\.\s"));
        var cited = entry.Source.Item is null
            ? paragraph
            : lines.Skip(lines.ToList().IndexOf(paragraph) + 1)
                .TakeWhile(l => !Regex.IsMatch(l, $@"^\s*{entry.Source.Paragraph + 1}\.\s"))
                .First(l => Regex.IsMatch(l, $@"^\s*-?\s*\(?{entry.Source.Item}\)\s"));

        Assert.Contains(entry.DateAsWritten, cited, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EntryIds))]
    public void Entry_Period_IsNoFinerThanItsPrecision(string id)
    {
        var entry = Entries().Single(e => e.Id == id);

        var days = entry.End.DayNumber - entry.Start.DayNumber + 1;
        var expected = entry.Precision switch
        {
            CalendarPrecision.Day => days == 1,
            CalendarPrecision.DayRange => days is > 1 and < 32,
            CalendarPrecision.Month => days == DateTime.DaysInMonth(entry.Start.Year, entry.Start.Month),
            CalendarPrecision.HalfYear => days is 181 or 182 or 184,
            _ => days is 365 or 366,
        };
        Assert.True(expected, $"{id}: {entry.Start}..{entry.End} is not one {entry.Precision}");
    }

    [Fact]
    public void Entries_IdsAreUnique()
    {
        var ids = Entries().Select(e => e.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("imrf-2022", "17 to 20 May 2022", "2022-05-17", "2022-05-20", CalendarPrecision.DayRange, "Progress Declaration ¶1")]
    [InlineData("ga-plenary-2024", "second semester of 2024", "2024-07-01", "2024-12-31", CalendarPrecision.HalfYear, "Progress Declaration ¶77")]
    [InlineData("imrf-2026", "2026", "2026-01-01", "2026-12-31", CalendarPrecision.Year, "Zero Draft ¶44(c)")]
    [InlineData("imrf-2030", "2030", "2030-01-01", "2030-12-31", CalendarPrecision.Year, "Zero Draft ¶44(c)")]
    [InlineData("rmrf-2020", "2020", "2020-01-01", "2020-12-31", CalendarPrecision.Year, "Zero Draft ¶45(a)")]
    [InlineData("rmrf-2024", "2024", "2024-01-01", "2024-12-31", CalendarPrecision.Year, "Zero Draft ¶45(a)")]
    [InlineData("rmrf-2028", "2028", "2028-01-01", "2028-12-31", CalendarPrecision.Year, "Zero Draft ¶45(a)")]
    [InlineData("res-73-195", "19 December 2018", "2018-12-19", "2018-12-19", CalendarPrecision.Day, "Progress Declaration ¶2")]
    [InlineData("res-73-326", "19 July 2019", "2019-07-19", "2019-07-19", CalendarPrecision.Day, "Progress Declaration ¶2")]
    [InlineData("sg-report-a-76-642", "27 December 2021", "2021-12-27", "2021-12-27", CalendarPrecision.Day, "Progress Declaration ¶19")]
    [InlineData("zero-draft", "5th February, 2018", "2018-02-05", "2018-02-05", CalendarPrecision.Day, "Delegation report ¶20")]
    [InlineData("parliamentary-hearing-2018", "22nd and 23rd February, 2018", "2018-02-22", "2018-02-23", CalendarPrecision.DayRange, "Delegation report ¶1")]
    [InlineData("adoption-conference-2018", "December 2018", "2018-12-01", "2018-12-31", CalendarPrecision.Month, "Secretary-General's report A/72/643 ¶83(a)")]
    public void Entry_KnownMilestone_HasTheSourcesDateAndCitation(
        string id, string written, string start, string end, CalendarPrecision precision, string citation)
    {
        var entry = Entries().Single(e => e.Id == id);

        Assert.Equal(
            (written, DateOnly.Parse(start, null), DateOnly.Parse(end, null), precision, citation),
            (entry.DateAsWritten, entry.Start, entry.End, entry.Precision, entry.Citation));
    }

    private static IReadOnlyList<CalendarEntry> Entries()
    {
        var json = File.ReadAllText(Path.Combine(TestCorpus.Directory, ForumCalendarLoader.FileName));
        return JsonSerializer.Deserialize<CalendarFile>(json, JsonSerializerOptions.Web)!.Entries;
    }
}
