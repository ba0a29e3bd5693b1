using System.Globalization;

namespace GcmBot.Cli;

/// <summary>
/// The width to wrap terminal output to: COLUMNS when set, else the console window's width. Output that
/// is piped or redirected is not a terminal: the chat wraps it at 80, the one-shot verbs (ask, objective)
/// not at all, so scripts get whole lines.
/// </summary>
public static class TerminalWidth
{
    public const int Fallback = 80;

    /// <summary>For the terminal chat: always a width.</summary>
    public static int ForChat() => ForTerminal() ?? Fallback;

    /// <summary>For ask and objective: a width on a terminal, none when the output is piped.</summary>
    public static int? ForTerminal() =>
        Resolve(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS"), WindowWidth);

    public static int? Resolve(bool redirected, string? columns, Func<int> windowWidth)
    {
        ArgumentNullException.ThrowIfNull(windowWidth);
        if (redirected)
        {
            return null;
        }

        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set >= 20)
        {
            return set;
        }

        var window = windowWidth();
        return window >= 20 ? window : Fallback;
    }

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
