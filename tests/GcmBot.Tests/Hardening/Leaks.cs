using System.Text.Json;
using System.Text.RegularExpressions;
using GcmBot.Discord.Payloads;

namespace GcmBot.Tests.Hardening;

/// <summary>What must never reach a user: a mention that would ping, a stack trace, a configured secret.</summary>
internal static partial class Leaks
{
    /// <summary>Fake secrets the hardening hosts are configured with; none may appear in a reply or a log.</summary>
    public static readonly string[] Secrets = ["hardening-bot-token.Zm9vYmFy.c2VjcmV0", "hardening~app-secret~value-42"];

    /// <summary>Mention syntax Discord would act on (after an even number of backslashes): unescaped &lt;@id&gt;, &lt;@!id&gt;, &lt;@&amp;role&gt;, @everyone, @here.</summary>
    public static IEnumerable<string> DiscordPings(DiscordMessage message)
    {
        if (message.AllowedMentions.Parse.Count > 0)
        {
            yield return "allowed_mentions parses " + string.Join(",", message.AllowedMentions.Parse);
        }

        var texts = new[] { message.Content }
            .Concat(message.Embeds.SelectMany(e => new[] { e.Title, e.Description, e.Footer?.Text }
                .Concat((e.Fields ?? []).SelectMany(f => new[] { f.Name, f.Value }))));
        foreach (var text in texts.OfType<string>())
        {
            foreach (Match m in UnescapedMention().Matches(text))
            {
                yield return $"unescaped {m.Value} in \"{Excerpt(text, m.Index)}\"";
            }
        }
    }

    /// <summary>
    /// <see cref="DiscordPings(DiscordMessage)"/> over raw Discord JSON (an interaction response or a REST
    /// body): every message must refuse mention parsing and no shown text may hold live mention syntax.
    /// </summary>
    public static IEnumerable<string> DiscordPings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var problems = new List<string>();
        var messages = Walk(document.RootElement).Where(p => p.Name == "data").Select(p => p.Value).Prepend(document.RootElement)
            .Where(e => e.ValueKind == JsonValueKind.Object && (e.TryGetProperty("embeds", out _) || e.TryGetProperty("content", out _)));
        foreach (var message in messages)
        {
            if (!message.TryGetProperty("allowed_mentions", out var allowed) || allowed.GetProperty("parse").GetArrayLength() != 0)
            {
                problems.Add("a message without allowed_mentions {\"parse\": []}");
            }
        }

        foreach (var p in Walk(document.RootElement).Where(p => p.Value.ValueKind == JsonValueKind.String && ShownFields.Contains(p.Name)))
        {
            var text = p.Value.GetString()!;
            problems.AddRange(UnescapedMention().Matches(text).Select(m => $"unescaped {m.Value} in {p.Name} \"{Excerpt(text, m.Index)}\""));
        }

        return problems;
    }

    private static readonly HashSet<string> ShownFields = ["content", "title", "description", "name", "value", "text"];

    /// <summary>A Teams activity may not carry mention entities (the only way a Teams message pings).</summary>
    public static IEnumerable<string> TeamsPings(string activityJson)
    {
        using var json = JsonDocument.Parse(activityJson);
        return Walk(json.RootElement)
            .Where(p => p.Name == "entities" || p.Name == "type" && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "mention")
            .Select(p => $"\"{p.Name}\" in a Teams activity")
            .ToList();
    }

    /// <summary>Stack traces, exception type names and configured secrets in any text shown to a user or written to a log.</summary>
    public static IEnumerable<string> InText(string text, bool stackTracesToo = true)
    {
        foreach (var secret in Secrets.Where(s => text.Contains(s, StringComparison.Ordinal)))
        {
            yield return $"secret {secret[..6]}… in \"{Excerpt(text, text.IndexOf(secret, StringComparison.Ordinal))}\"";
        }

        if (stackTracesToo && StackTrace().Match(text) is { Success: true } trace)
        {
            yield return $"stack trace in \"{Excerpt(text, trace.Index)}\"";
        }
    }

    public static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 40);
        return text.Substring(start, Math.Min(120, text.Length - start)).ReplaceLineEndings(" ");
    }

    private static IEnumerable<JsonProperty> Walk(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Walk(p.Value).Prepend(p)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Walk),
        _ => [],
    };

    [GeneratedRegex(@"(?<!\\)(?:\\\\)*(?:<@[!&]?\d+>|@(?:everyone|here)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnescapedMention();

    [GeneratedRegex(@"\n\s+at [\w.`<>]+\(|\b(?:System|Microsoft)\.[\w.]*Exception\b", RegexOptions.CultureInvariant)]
    private static partial Regex StackTrace();
}
