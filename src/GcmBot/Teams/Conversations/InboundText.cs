using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GcmBot.Teams.Connector;

namespace GcmBot.Teams.Conversations;

/// <summary>
/// The command text of an inbound message: the exact command carried by a card button
/// (value.command), or the typed text with the bot's @mention removed.
/// </summary>
internal static partial class InboundText
{
    public static string ChatTextOf(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String
            ? GcmBot.Hosting.JsonStrings.Read(command).Trim()
            : StripBotMention(activity);

    /// <summary>
    /// Removes the bot's mention by the mention entities' text (Teams puts "&lt;at&gt;Name&lt;/at&gt;" in the
    /// text), then unwraps any other &lt;at&gt; tags keeping their names, decodes HTML entities and
    /// collapses whitespace.
    /// </summary>
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId))
        {
            foreach (var mention in activity.Entities ?? [])
            {
                if (mention.Type == "mention" && mention.Mentioned?.Id == botId)
                {
                    var mentionText = mention.Text ?? $"<at>{mention.Mentioned.Name}</at>";
                    text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        text = AtTag().Replace(text, match => " " + match.Groups["name"].Value + " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex(@"<at\b[^>]*>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
