using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Routing;

namespace GcmBot.Cli;

/// <summary>
/// "objective 13", "objective 13h": prints the objective (every page) exactly, wrapped at spaces to
/// <c>width</c> on a terminal and unwrapped when piped. Bad input prints one
/// line naming the valid range to standard error and exits with 2.
/// </summary>
internal static class ObjectiveCli
{
    public const int BadInput = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, ICommandRouter router, TextWriter output, TextWriter error, int? width = null)
    {
        var argument = string.Join(' ', args).Trim();
        if (argument.Length == 0)
        {
            await error.WriteLineAsync("Usage: objective N [letter], with N from 1 to 23 (e.g. objective 13, objective 13h).");
            return BadInput;
        }

        var reply = await CliRouting.RouteAllPagesAsync(router, $"objective {argument}");
        if (reply[0].Kind == ReplyKind.Error)
        {
            await error.WriteLineAsync(string.Join(' ', reply[0].Blocks.OfType<TextBlock>().Select(b => b.Text)));
            return BadInput;
        }

        // One document: the title once, then every page's blocks in order.
        for (var i = 0; i < reply.Count; i++)
        {
            var text = PlainTextRenderer.Render(reply[i] with { Page = null }, withActions: false, withTitle: i == 0);
            await output.WriteAsync(width is { } columns ? TerminalText.Wrap(text, columns) : text);
        }

        return 0;
    }
}
