using GcmBot.Core.Routing;
using GcmBot.Routing;

namespace GcmBot.Cli;

/// <summary>
/// "chat": the same router in a terminal, replies wrapped at spaces to <c>width</c>. Type a command or a
/// question; "exit" or Ctrl-D ends it.
/// </summary>
internal static class TerminalChat
{
    public static async Task<int> RunAsync(ICommandRouter router, TextReader input, TextWriter output, int width = TerminalWidth.Fallback)
    {
        await output.WriteLineAsync(TerminalText.Wrap(
            "GcmBot terminal chat. Try: objective 13 · 13(h) · pd 67 · kenya IV · what does it say about remittances · help. Type exit to leave.",
            width));
        while (true)
        {
            await output.WriteAsync("\n> ");
            var line = await input.ReadLineAsync();
            if (line is null || line.Trim() is "exit" or "quit")
            {
                return 0;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var reply = (await router.RouteAsync(new ChatRequest(line, CliRouting.Context), CancellationToken.None)).Reply;
            await output.WriteLineAsync();
            await output.WriteAsync(TerminalText.Wrap(PlainTextRenderer.Render(reply), width));
        }
    }
}
