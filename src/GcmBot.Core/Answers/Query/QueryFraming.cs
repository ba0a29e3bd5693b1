using System.Text.RegularExpressions;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// Removes what people wrap a topic in: chat mentions, greetings, "what does it say about",
/// "tell me about", "what did Kenya say on", trailing punctuation and thanks.
/// </summary>
internal static partial class QueryFraming
{
    /// <summary>Longer input is cut: no question needs more, and it bounds parsing and search work.</summary>
    public const int MaxLength = 2000;

    /// <summary>Mentions removed, apostrophes and spaces normalised, length capped.</summary>
    public static string Normalize(string question)
    {
        var text = question.Length > MaxLength * 2 ? question[..(MaxLength * 2)] : question;
        // Every mention has a "<" or an "@"; spaces need replacing only where whitespace is not one
        // lone space. Without them the patterns would find nothing, so they are not run.
        text = text.AsSpan().IndexOfAny('<', '@') < 0 ? text : Mention().Replace(text, " ");
        text = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'');
        text = (OnlyLoneSpaces(text) ? text : Spaces().Replace(text, " ")).Trim();
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    // True when every whitespace character (\s is char.IsWhiteSpace's set) is a space with none before it.
    private static bool OnlyLoneSpaces(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The span [start, end) of <paramref name="text"/> that holds the topic.</summary>
    public static (int Start, int End) TopicSpan(string text)
    {
        // Each round reads the rest of the text as a text of its own ("^" is where the rest starts),
        // without copying it; only where a match starts and its length are read, so no Match is made.
        var start = 0;
        for (var round = 0; round < 6; round++)
        {
            var length = 0;
            foreach (var match in Leading().EnumerateMatches(text.AsSpan(start)))
            {
                length = match.Length;
                break;
            }

            if (length == 0)
            {
                break;
            }

            start += length;
        }

        var end = text.Length;
        foreach (var tail in Trailing().EnumerateMatches(text, start))
        {
            end = tail.Index;
            break;
        }

        return (start, Math.Max(start, end));
    }

    [GeneratedRegex(@"<@[!&]?\d+>|<at>[^<]{0,200}</at>|^\s*@[\w.-]+\s*[,:]?", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // One framing phrase at the start; applied repeatedly ("hi, can you tell me what it says about …").
    [GeneratedRegex(
        @"^[\s,;:.!?-]*(?:" +
        @"(?:hi|hello|hey|dear|ok|okay|please|so|well|bot|gcmbot)\b|" +
        @"(?:can|could|would|will)\s+you\s+(?:please\s+)?|" +
        @"(?:please\s+)?(?:tell|show|give|get|find)\s+(?:me|us)\s+(?:more\s+|something\s+|anything\s+)?(?:about|on|regarding|what|where|how)?\b|" +
        @"i\s+(?:want|would\s+like|'d\s+like|need|wish)\s+(?:to\s+(?:know|learn|read|see|find\s+out)\s+)?(?:more\s+)?(?:about|on|regarding)?\b|" +
        @"what\s+(?:does|do|did|is|are|was|were)\s+(?:[\w'-]+\s+){0,5}?(?:say|says|said|state|states|stated|mention|mentions|write|writes|written|commit|commits|committed|propose|proposes|proposed|recommend|recommends|recommended|contain|contains)\b(?:\s+(?:to|about|on|regarding|concerning|with\s+regard\s+to|in\s+relation\s+to|in\s+respect\s+of))?|" +
        @"what(?:'s|\s+is|\s+are|\s+was)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:position|positions|stance|view|views|provision|provisions|commitment|commitments|text|language|policy|line)\s+(?:on|about|regarding|for|of|towards)\b|" +
        @"what\s+about\b|" +
        @"how\s+(?:does|do|did|is|are)\s+(?:[\w'-]+\s+){0,4}?(?:address|addresses|deal\s+with|deals\s+with|handle|handles|treat|treats|cover|covers|tackle|tackles|approach|approaches)\b|" +
        @"where\s+(?:does|do|did|is|are)\s+(?:[\w'-]+\s+){0,4}?(?:talk|talks|speak|speaks|mention|mentions|say|says|discuss|discusses|covered|mentioned|discussed|addressed)\b(?:\s+(?:about|of|on))?|" +
        @"(?:is|are)\s+there\s+(?:anything|something|any\s+[\w-]+)\s+(?:about|on|regarding)\b|" +
        @"(?:anything|something|more)\s+(?:about|on|regarding)\b|" +
        @"(?:search\s+for|look\s+up|look\s+for|lookup|query)\b|" +
        @"(?:info|information|details)\s+(?:about|on|regarding)\b|" +
        @"(?:about|regarding|re|concerning)\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"(?:[\s,;:]+(?:please|thanks|thank\s+you|thx)\b)?[\s?!.…:;,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();
}
