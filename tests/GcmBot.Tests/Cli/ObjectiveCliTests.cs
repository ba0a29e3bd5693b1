using GcmBot.Cli;
using GcmBot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GcmBot.Tests.Cli;

public sealed class ObjectiveCliTests : IDisposable
{
    private readonly IHost _host = CliHost.Build();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _host.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private Task<int> RunAsync(params string[] args) =>
        ObjectiveCli.RunAsync(args, _host.Services.GetRequiredService<ICommandRouter>(), _output, _error);

    [Fact]
    public async Task RunAsync_Objective13_PrintsTitleAndEveryActionExactly()
    {
        Assert.Equal(0, await RunAsync("13"));
        var text = _output.ToString();
        Assert.StartsWith("Objective 13: Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives", text, StringComparison.Ordinal);
        foreach (var action in TestCorpusText.Objective13Actions)
        {
            Assert.Contains(action, text, StringComparison.Ordinal);
        }

        Assert.Empty(_error.ToString());
    }

    [Fact]
    public async Task RunAsync_Objective13In60Columns_WrapsAtWordsKeepingTheActionIndent()
    {
        Assert.Equal(0, await ObjectiveCli.RunAsync(["13"], _host.Services.GetRequiredService<ICommandRouter>(), _output, _error, width: 60));

        var lines = _output.ToString().Split('\n');
        Assert.All(lines, l => Assert.InRange(l.Length, 0, 60));
        // Undo the wrapping (a break plus its indent was one space) and every action is whole again.
        var unwrapped = System.Text.RegularExpressions.Regex.Replace(_output.ToString(), "\n +(?=\\S)", " ");
        foreach (var action in TestCorpusText.Objective13Actions)
        {
            Assert.Contains(action, unwrapped, StringComparison.Ordinal);
        }

        // (h)'s continuation lines line up under its text, six columns in: "  (h) ".
        var h = Array.FindIndex(lines, l => l.StartsWith("  (h) ", StringComparison.Ordinal));
        Assert.StartsWith("      ", lines[h + 1], StringComparison.Ordinal);
        Assert.NotEqual(' ', lines[h + 1][6]);
    }

    [Fact]
    public async Task RunAsync_Piped_ActionLinesAreWhole()
    {
        Assert.Equal(0, await RunAsync("13"));

        var lines = _output.ToString().Split('\n');
        Assert.Contains($"  (h) {TestCorpusText.Objective13Actions[7]}", lines);
    }

    [Theory]
    [InlineData("13h")]
    [InlineData("13(h)")]
    [InlineData("13", "h")]
    public async Task RunAsync_OneAction_PrintsOnlyThatAction(params string[] args)
    {
        Assert.Equal(0, await RunAsync(args));
        var text = _output.ToString();
        Assert.Contains(TestCorpusText.Objective13Actions[7], text, StringComparison.Ordinal);
        Assert.Contains("GCM objective 13(h)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCorpusText.Objective13Actions[0], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Objective20_ShowsCorrectedTitleNoteAndLabelledZeroDraft()
    {
        Assert.Equal(0, await RunAsync("20"));
        var text = _output.ToString();
        Assert.StartsWith("Objective 20: Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants", text, StringComparison.Ordinal);
        Assert.Contains("not in GcmBot's sources", text, StringComparison.Ordinal);
        Assert.Contains("Zero Draft objective 20(h)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 to 23", "0")]
    [InlineData("1 to 23", "24")]
    [InlineData("1 to 23", "abc")]
    [InlineData("(a) to (h)", "13z")]
    [InlineData("1 to 23")]
    public async Task RunAsync_BadInput_PrintsOneLineNamingTheRangeAndExits2(string expected, params string[] args)
    {
        Assert.Equal(2, await RunAsync(args));
        Assert.Empty(_output.ToString());
        var error = _error.ToString();
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
