using System.Globalization;
using System.Text.Json;
using GcmBot.Core.Routing;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Registration;

/// <summary>
/// Translates a slash command interaction straight into the command it names, so the router does not parse
/// text: /objective number:13 action:h → ("objective", "13 h"); /digest subscribe time:09:00 → ("digest", "subscribe 09:00").
/// </summary>
internal static class SlashCommandLine
{
    /// <summary>The command and its arguments in declared order; null for a command we did not register.</summary>
    public static CommandLine? From(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var command = SlashCommandDefinitions.Find(data.Name);
        if (command is null)
        {
            return null;
        }

        var words = new List<string>();
        AppendOptions(words, command.Options, data.Options ?? []);

        // No page: a "page 2" typed inside a question is part of the question. Clean drops invisible format characters.
        return new CommandLine(command.Name, CommandLine.Clean(string.Join(' ', words)), Page: null) { Slash = true };
    }

    /// <summary>True when the user set the command's "private" option: the answer is for them alone.</summary>
    public static bool IsPrivate(InteractionData? data) =>
        data?.Options?.FirstOrDefault(o => o.Name == SlashCommandDefinitions.Private)?.Value is { ValueKind: JsonValueKind.True };

    /// <summary>Walks the declared options in order, so the text does not depend on the order the user filled them in.</summary>
    private static void AppendOptions(List<string> words, IReadOnlyList<ApplicationCommandOption> declared, IReadOnlyList<CommandOptionValue> given)
    {
        foreach (var option in declared.Where(o => o.Name != SlashCommandDefinitions.Private))
        {
            var value = given.FirstOrDefault(g => string.Equals(g.Name, option.Name, StringComparison.Ordinal));
            if (value is null)
            {
                continue;
            }

            if (option.Type == ApplicationCommandOption.SubCommand)
            {
                words.Add(option.Name);
                AppendOptions(words, option.Options ?? [], value.Options ?? []);
            }
            else if (Text(value.Value) is { Length: > 0 } text)
            {
                words.Add(text);
            }
        }
    }

    /// <summary>
    /// An option value as text; line breaks become spaces so one option stays one argument, and a lone
    /// surrogate becomes U+FFFD (the text is still answered, e.g. as "no match").
    /// </summary>
    public static string Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => string.Join(' ', GcmBot.Hosting.JsonStrings.Read(v).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True or JsonValueKind.False } v => v.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        _ => "",
    };
}
