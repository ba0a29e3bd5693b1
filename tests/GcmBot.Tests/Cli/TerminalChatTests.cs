using GcmBot.Cli;
using GcmBot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GcmBot.Tests.Cli;

public sealed class TerminalChatTests : IDisposable
{
    private readonly IHost _host = CliHost.Build();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task RunAsync_60Columns_EveryLineFitsAndWordsStayWhole()
    {
        using var output = new StringWriter();

        await TerminalChat.RunAsync(_host.Services.GetRequiredService<ICommandRouter>(), new StringReader("objective 13h\nexit\n"), output, width: 60);

        var text = output.ToString();
        Assert.All(text.Split('\n'), l => Assert.InRange(l.TrimEnd('\r').Length, 0, 60));
        // A break replaced one space and added the hanging indent; undone, (h) is whole again.
        var unwrapped = System.Text.RegularExpressions.Regex.Replace(text, "\n +(?=\\S)", " ");
        Assert.Contains(TestCorpusText.Objective13Actions[7], unwrapped, StringComparison.Ordinal);
        Assert.DoesNotContain("detain\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DigestSubscribe_NamesTheTerminalChat()
    {
        using var output = new StringWriter();

        await TerminalChat.RunAsync(_host.Services.GetRequiredService<ICommandRouter>(), new StringReader("digest subscribe\nexit\n"), output, width: 200);

        Assert.Contains("The terminal chat only answers what you type", output.ToString(), StringComparison.Ordinal);
    }
}
