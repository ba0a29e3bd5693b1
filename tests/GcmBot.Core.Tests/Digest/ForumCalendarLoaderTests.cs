using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Digest;
using GcmBot.Core.Tests.Corpus.Manifest;

namespace GcmBot.Core.Tests.Digest;

public sealed class ForumCalendarLoaderTests : IDisposable
{
    private readonly CorpusCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Load_RealCorpus_QuotesTheSentenceHoldingEachDate()
    {
        var calendar = TestCalendar.Calendar;

        Assert.All(calendar.Milestones, m => Assert.Contains(m.Entry.DateAsWritten, m.Quote, StringComparison.Ordinal));
        Assert.Equal(
            "We, the Heads of State and Government and High Representatives, meeting at the United Nations Headquarters in New York from 17 to 20 May 2022 at the first International Migration Review Forum, convened under the auspices of the General Assembly, determined to enhance cooperation on international migration in all its dimensions, to discuss and share progress on the implementation of all aspects of the Global Compact for Safe, Orderly and Regular Migration, including as it relates to the 2030 Agenda for Sustainable Development, and with the participation of all relevant stakeholders, have adopted the following Progress Declaration.",
            TestCalendar.Get("imrf-2022").Quote);
        Assert.Equal("The International Migration Review Forum shall take place in 2022, 2026 and 2030", TestCalendar.Get("imrf-2030").Quote);
        Assert.Equal("zd/44/c", TestCalendar.Get("imrf-2030").PassageId);
    }

    [Fact]
    public void Load_ParagraphWithTwoDates_QuotesOnlyTheSentenceOfTheCitedDate()
    {
        Assert.Equal(
            "The team working on the draft document published the Zero Draft on 5th February, 2018.",
            TestCalendar.Get("zero-draft").Quote);
        Assert.Equal("report/20", TestCalendar.Get("zero-draft").PassageId);
    }

    [Theory]
    [InlineData("\"dateAsWritten\": \"17 to 20 May 2022\"", "\"dateAsWritten\": \"16 to 20 May 2022\"", "does not contain")]
    [InlineData("\"citation\": \"Progress Declaration ¶77\"", "\"citation\": \"Progress Declaration ¶76\"", "should read")]
    [InlineData("\"end\": \"2022-05-20\"", "\"end\": \"2022-05-17\"", "is not one DayRange")]
    [InlineData("\"end\": \"2024-12-31\",\n      \"precision\": \"HalfYear\"", "\"end\": \"2024-12-30\",\n      \"precision\": \"HalfYear\"", "is not one HalfYear")]
    [InlineData("¶77\",\n      \"source\": { \"document\": \"progress-declaration\", \"paragraph\": 77 }", "¶78\",\n      \"source\": { \"document\": \"progress-declaration\", \"paragraph\": 78 }", "passage pd/78 was not found")]
    [InlineData("\"document\": \"delegation-report\", \"paragraph\": 19", "\"document\": \"kenya-position\", \"paragraph\": 19", "has no numbered paragraphs")]
    public void Load_EntryTheSourceDoesNotSupport_RefusesToStart(string original, string replacement, string expected)
    {
        var json = File.ReadAllText(_copy.PathOf(ForumCalendarLoader.FileName)).ReplaceLineEndings("\n");
        Assert.Contains(original, json, StringComparison.Ordinal);
        _copy.Rewrite(ForumCalendarLoader.FileName, json.Replace(original, replacement, StringComparison.Ordinal));

        var error = Assert.Throws<CorpusIntegrityException>(() => ForumCalendarLoader.Load(CorpusDirectory.Open(_copy.Path), TestCorpus.Corpus));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingCalendar_RefusesToStart()
    {
        File.Delete(_copy.PathOf(ForumCalendarLoader.FileName));

        var error = Assert.Throws<CorpusIntegrityException>(() => ForumCalendarLoader.Load(CorpusDirectory.Open(_copy.Path), TestCorpus.Corpus));

        Assert.Contains(ForumCalendarLoader.FileName, error.Message, StringComparison.Ordinal);
    }
}
