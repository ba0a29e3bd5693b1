using System.CommandLine;
using GcmBot.Cli;

namespace GcmBot.Tests.Cli;

public sealed class CliDispatcherTests
{
    // The verbs the README documents, each with a word its help must mention (an option or its argument).
    [Theory]
    [InlineData("objective", "N [letter]")]
    [InlineData("ask", "--batch")]
    [InlineData("chat", "exit")]
    [InlineData("vectors", "passage-vectors.bin")]
    [InlineData("healthcheck", "URL")]
    [InlineData("teams-package", "--website-url")]
    public async Task Help_OnEveryVerb_PrintsItsUsageAndExitsZero(string verb, string mentioned)
    {
        using var output = new StringWriter();

        var exit = await CliDispatcher.Verbs().Parse([verb, "--help"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(verb, output.ToString(), StringComparison.Ordinal);
        Assert.Contains(mentioned, output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5000")]
    [InlineData("--environment=Development")]
    public async Task TryRunAsync_NoVerb_LeavesTheArgumentsToTheWebHost(params string[] args) =>
        Assert.Null(await CliDispatcher.TryRunAsync(args));

    [Fact]
    public void Parse_AskWithDashedWords_KeepsThemInTheQuestion()
    {
        // Before System.CommandLine every word that was not --json or --batch was part of the question.
        var parsed = CliDispatcher.Verbs().Parse(["ask", "--json", "what", "-about", "remittances"]);

        Assert.Empty(parsed.Errors);
        Assert.True(parsed.GetValue<bool>("--json"));
        Assert.Equal(["what", "-about", "remittances"], [.. parsed.GetValue<string[]>("question") ?? [], .. parsed.UnmatchedTokens]);
    }
}
