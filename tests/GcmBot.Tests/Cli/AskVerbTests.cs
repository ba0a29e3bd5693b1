using System.Text.Json;
using GcmBot.Cli;
using GcmBot.Tests.Answers;

namespace GcmBot.Tests.Cli;

public sealed class AskVerbTests
{
    [Fact]
    public async Task RunAsync_Question_PrintsTheAnswerForAPerson()
    {
        var output = new StringWriter();

        var exit = await AskVerb.RunAsync(["what does it say about remittances"], AnswersHost.Engine, TextReader.Null, output);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("OBJECTIVE 20 — REMITTANCES", text, StringComparison.Ordinal);
        Assert.Contains("IN THE PROGRESS DECLARATION", text, StringComparison.Ordinal);
        Assert.Contains("Progress Declaration ¶67", text, StringComparison.Ordinal);
        Assert.Contains("IN KENYA'S POSITION", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Json_PrintsRankedListsAndQuotedPassages()
    {
        var output = new StringWriter();

        var exit = await AskVerb.RunAsync(["--json", "what does it say about remittances"], AnswersHost.Engine, TextReader.Null, output);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(20, root.GetProperty("objectives")[0].GetInt32());
        Assert.Contains(67, root.GetProperty("pd").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("IV", root.GetProperty("kenya")[0].GetString());
        var passage = root.GetProperty("passages")[0];
        Assert.StartsWith("zd/obj20/", passage.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Zero Draft objective 20(", passage.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(passage.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task RunAsync_JsonOffTopicWithSemanticsOn_IsDeclinedWithNoPassages()
    {
        var output = new StringWriter();

        await AskVerb.RunAsync(["--json", "best smartphone under 300 dollars"], AnswersHost.SemanticEngine, TextReader.Null, output);

        using var json = JsonDocument.Parse(output.ToString());
        Assert.True(json.RootElement.GetProperty("declined").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("passages").GetArrayLength());
    }

    [Fact]
    public async Task RunAsync_RemittancesWithSemanticsOn_StillQuotesObjective20AndTheDeclaration()
    {
        var output = new StringWriter();

        await AskVerb.RunAsync(["--json", "what does it say about remittances"], AnswersHost.SemanticEngine, TextReader.Null, output);

        using var json = JsonDocument.Parse(output.ToString());
        Assert.False(json.RootElement.GetProperty("declined").GetBoolean());
        Assert.Equal(20, json.RootElement.GetProperty("objectives")[0].GetInt32());
        Assert.Contains(67, json.RootElement.GetProperty("pd").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task RunAsync_Batch_WritesOneJsonObjectPerQuestionLine()
    {
        var input = new StringReader("remittances\nlocking up migrants\n\"*( NEAR 🤷\n");
        var output = new StringWriter();

        var exit = await AskVerb.RunAsync(["--batch"], AnswersHost.Engine, input, output);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(20, JsonDocument.Parse(lines[0]).RootElement.GetProperty("objectives")[0].GetInt32());
        Assert.Equal(13, JsonDocument.Parse(lines[1]).RootElement.GetProperty("objectives")[0].GetInt32());
        Assert.Equal(0, JsonDocument.Parse(lines[2]).RootElement.GetProperty("passages").GetArrayLength());
        Assert.All(lines, l => Assert.False(JsonDocument.Parse(l).RootElement.GetProperty("declined").GetBoolean()));
    }

    [Fact]
    public async Task RunAsync_Batch_EachLineRepeatsItsQuestionAsRead()
    {
        var input = new StringReader("remittances\nlocking up migrants\n\"*( NEAR 🤷\n");
        var output = new StringWriter();

        await AskVerb.RunAsync(["--batch"], AnswersHost.Engine, input, output);

        var questions = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString());
        Assert.Equal(["remittances", "locking up migrants", "\"*( NEAR 🤷"], questions);
    }

    [Fact]
    public async Task RunAsync_NoQuestion_PrintsUsageAndFails()
    {
        var output = new StringWriter();

        var exit = await AskVerb.RunAsync([], AnswersHost.Engine, TextReader.Null, output);

        Assert.Equal(AskVerb.BadInput, exit);
        Assert.StartsWith("Usage: ask", output.ToString(), StringComparison.Ordinal);
    }
}
