using GcmBot.Cli;

namespace GcmBot.Tests.Cli;

public sealed class TerminalTextTests
{
    [Fact]
    public void Wrap_LongActionLine_BreaksAtSpacesWithTheHangingIndentAfterTheLetter()
    {
        const string line = "  (d) Provide access to justice for all migrants in countries of transit and destination";

        var wrapped = TerminalText.Wrap(line, 40);

        // Worked by hand: 40 columns, continuation indented 6 (under "Provide").
        Assert.Equal(
            "  (d) Provide access to justice for all\n" +
            "      migrants in countries of transit\n" +
            "      and destination",
            wrapped);
    }

    [Fact]
    public void Wrap_Quote_ContinuesUnderTheTextAfterTheOpeningMark()
    {
        var wrapped = TerminalText.Wrap("  “States cooperate in good faith at all times”", 30);

        Assert.Equal("  “States cooperate in good\n   faith at all times”", wrapped);
    }

    [Fact]
    public void Wrap_WordLongerThanTheLine_IsCutAtTheWidth()
    {
        var wrapped = TerminalText.Wrap("see http://www.example.org/a-very-long-path-indeed", 20);

        // Worked by hand: the space after "see" is the only break; the address is cut every 20 characters.
        Assert.Equal("see\nhttp://www.example.o\nrg/a-very-long-path-\nindeed", wrapped);
    }

    [Fact]
    public void Wrap_ShortLinesAndBlankLines_Unchanged()
    {
        const string text = "Objective 13\n\nHEADING\n  → Next page: objective 13 page 2\n";

        Assert.Equal(text, TerminalText.Wrap(text, 60));
    }

    [Theory]
    [InlineData(true, "60", 0, null)]
    [InlineData(false, "60", 140, 60)]
    [InlineData(false, null, 140, 140)]
    [InlineData(false, "", 0, 80)]
    [InlineData(false, "wide", 0, 80)]
    public void Resolve_PipedOrTerminal_WidthOrNone(bool redirected, string? columns, int window, int? expected)
    {
        Assert.Equal(expected, TerminalWidth.Resolve(redirected, columns, () => window));
    }
}
