using System.Buffers;

namespace GcmBot.Discord.Rendering;

/// <summary>
/// The run of characters <see cref="MarkdownText"/> may copy as they are, away from a line start and
/// outside bold: up to the next character that is special, highlighted or a surrogate.
/// </summary>
internal static class PlainRun
{
    /// <summary>
    /// Characters only the per-character path may write: those always escaped, "." (as in "13."), "@"
    /// (as in @everyone), line breaks. Line-start markers (- # &gt; +) need no place here: no run starts at a line start.
    /// </summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("\\*_~`|<[].@\r\n");

    /// <summary>How many of <paramref name="text"/>'s first characters need nothing done to them.</summary>
    public static int Length(ReadOnlySpan<char> text, ReadOnlySpan<bool> bold)
    {
        var length = text.IndexOfAny(Special) is var special and >= 0 ? special : text.Length;
        length = text[..length].IndexOfAnyInRange('\uD800', '\uDFFF') is var surrogate and >= 0 ? surrogate : length;
        return bold[..length].IndexOf(true) is var highlighted and >= 0 ? highlighted : length;
    }
}
