using GcmBot.Core.Text;

namespace GcmBot.Teams.Cards;

/// <summary>One piece of a long quote, with the highlight ranges that fall inside it.</summary>
internal sealed record TextChunk(string Text, IReadOnlyList<TextRange> Highlights);

/// <summary>
/// Cuts a long verbatim text into pieces that fit a message, after whitespace where possible. Nothing
/// is dropped or added: the pieces concatenate to the original text exactly.
/// </summary>
internal static class TextChunks
{
    public static IReadOnlyList<TextChunk> Split(string text, IReadOnlyList<TextRange> highlights, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return [new TextChunk(text, highlights)];
        }

        var chunks = new List<TextChunk>();
        var start = 0;
        while (start < text.Length)
        {
            var end = CutPoint(text, start, maxChars);
            chunks.Add(new TextChunk(text[start..end], Clip(highlights, start, end)));
            start = end;
        }

        return chunks;
    }

    private static int CutPoint(string text, int start, int maxChars)
    {
        var limit = start + maxChars;
        if (limit >= text.Length)
        {
            return text.Length;
        }

        // Prefer the end of a sentence, then any whitespace, in the second half of the window.
        var floor = start + (maxChars / 2);
        for (var i = limit; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]) && i >= 2 && text[i - 2] is '.' or ';' or ':')
            {
                return i;
            }
        }

        for (var i = limit; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static List<TextRange> Clip(IReadOnlyList<TextRange> highlights, int start, int end) =>
        [.. highlights
            .Select(r => (From: Math.Max(r.Start, start), To: Math.Min(r.Start + r.Length, end)))
            .Where(r => r.To > r.From)
            .Select(r => new TextRange(r.From - start, r.To - r.From))];
}
