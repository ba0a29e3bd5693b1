using GcmBot.Core.Routing;

namespace GcmBot.Core.Tests.Routing;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("objective 13", "objective", "13")]
    [InlineData("/objective 13", "objective", "13")]
    [InlineData("  /Objective    13  ", "objective", "13")]
    [InlineData("OBJ 13h", "obj", "13h")]
    [InlineData("@GcmBot objective 13", "objective", "13")]
    [InlineData("<@123456789> objective 13", "objective", "13")]
    [InlineData("<@!123456789>   pd 67", "pd", "67")]
    [InlineData("13(h)", "objective", "13(h)")]
    [InlineData("13h", "objective", "13h")]
    [InlineData("/13 h", "objective", "13 h")]
    [InlineData("what does it say about remittances?", "what", "does it say about remittances?")]
    public void Parse_CommandForms_GiveNameAndArguments(string text, string name, string arguments)
    {
        var line = CommandLine.Parse(text);
        Assert.Equal(name, line.Name);
        Assert.Equal(arguments, line.Arguments);
        Assert.Null(line.Page);
    }

    [Theory]
    [InlineData("objective 13 page 2", "objective 13", 2)]
    [InlineData("ask remittances --page 3", "ask remittances", 3)]
    [InlineData("help PAGE 1", "help", 1)]
    public void Parse_PageSuffix_IsSeparated(string text, string canonical, int page)
    {
        var line = CommandLine.Parse(text);
        Assert.Equal(canonical, line.Canonical);
        Assert.Equal(page, line.Page);
    }

    [Fact]
    public void Parse_HugePageNumber_IsKeptOutOfRange() =>
        Assert.Equal(999999999, CommandLine.Parse("objective 13 page 999999999").Page);

    [Fact]
    public void Clean_ControlAndZeroWidthCharacters_AreDropped() =>
        Assert.Equal("objective 13", CommandLine.Clean("\u0000ob\u200Bjec\u200Dtive\t\r\n13\u0007"));

    [Fact]
    public void Parse_SlashFlag_TellsCommandsFromQuestions()
    {
        Assert.True(CommandLine.Parse("/frobnicate").Slash);
        Assert.False(CommandLine.Parse("frobnicate").Slash);
    }
}
