using System.Text;
using System.Text.RegularExpressions;
using GcmBot.Core.Text;

namespace GcmBot.Discord.Rendering;

/// <summary>
/// Plain text (corpus quotes or our own words) prepared for Discord Markdown: every character that
/// Markdown would interpret is escaped, so the text renders exactly as written; highlighted ranges
/// become bold; each line can carry a prefix ("> " for block quotes). Any slice renders on its own,
/// which lets <see cref="TextSplitter"/> cut long texts into pieces.
/// </summary>
internal sealed partial class MarkdownText
{
    private readonly string _text;
    private readonly bool[] _bold;
    private readonly bool[] _url;
    private readonly string _linePrefix;
    private readonly bool _markdown;

    public MarkdownText(string text, IReadOnlyList<TextRange>? highlights = null, string linePrefix = "", bool boldAll = false)
        : this(text, highlights, linePrefix, boldAll, markdown: true)
    {
    }

    private MarkdownText(string text, IReadOnlyList<TextRange>? highlights, string linePrefix, bool boldAll, bool markdown)
    {
        _text = text;
        _linePrefix = linePrefix;
        _markdown = markdown;
        _url = new bool[text.Length];
        foreach (Match m in UrlPattern().Matches(text))
        {
            Array.Fill(_url, true, m.Index, m.Length);
        }

        _bold = new bool[text.Length];
        IReadOnlyList<TextRange> ranges = boldAll ? [new TextRange(0, text.Length)] : highlights ?? [];
        foreach (var range in ranges)
        {
            var start = Math.Clamp(range.Start, 0, text.Length);
            var end = Math.Clamp(range.Start + range.Length, start, text.Length);
            for (var i = start; i < end; i++)
            {
                // Bold never covers line breaks or links: "**" inside a link would become part of it.
                _bold[i] = !_url[i] && text[i] is not ('\n' or '\r');
            }
        }

        Start = 0;
        while (Start < text.Length && char.IsWhiteSpace(text[Start]))
        {
            Start++;
        }

        End = text.Length;
        while (End > Start && char.IsWhiteSpace(text[End - 1]))
        {
            End--;
        }
    }

    public string Text => _text;

    /// <summary>Text shown without Markdown (button labels, autocomplete names, footers): nothing escaped.</summary>
    public static MarkdownText Plain(string text) => new(text, null, "", boldAll: false, markdown: false);

    /// <summary>First non-blank character: outer whitespace has no meaning in Markdown and is dropped.</summary>
    public int Start { get; }

    /// <summary>One past the last non-blank character.</summary>
    public int End { get; }

    public string Render() => Render(Start, End, "", "");

    /// <summary>Renders [start, end) with <paramref name="lead"/> after the first line prefix and <paramref name="tail"/> at the end.</summary>
    public string Render(int start, int end, string lead, string tail)
    {
        var sb = new StringBuilder((end - start) * 11 / 10 + lead.Length + tail.Length + 8);
        sb.Append(_linePrefix).Append(lead);
        var atLineStart = true;
        var inBold = false;
        for (var i = start; i < end; i++)
        {
            // Most of a quote is ordinary characters outside bold and past the line start: copied as they are.
            if (!inBold && !atLineStart && PlainRun.Length(_text.AsSpan(i, end - i), _bold.AsSpan(i, end - i)) is var run and > 0)
            {
                sb.Append(_text, i, run);
                i += run - 1;
                continue;
            }

            var c = _text[i];
            var bold = _bold[i] && !char.IsWhiteSpace(c) || inBold && _bold[i] && HasBoldAhead(i, end);
            if (bold != inBold)
            {
                sb.Append("**");
                inBold = bold;
            }

            if (c == '\r')
            {
                continue;
            }

            if (c == '\n')
            {
                sb.Append('\n').Append(_linePrefix);
                atLineStart = true;
                continue;
            }

            if (atLineStart && char.IsWhiteSpace(c))
            {
                sb.Append(c);
                continue;
            }

            MarkdownEscaping.Append(sb, _text, i, atLineStart, escape: _markdown && !_url[i]);
            atLineStart = false;
        }

        if (inBold)
        {
            sb.Append("**");
        }

        return sb.Append(tail).ToString();
    }

    /// <summary>Keeps bold across inner spaces of a highlight but never ends it on a space.</summary>
    private bool HasBoldAhead(int i, int end)
    {
        for (var j = i; j < end && _bold[j]; j++)
        {
            if (!char.IsWhiteSpace(_text[j]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"https?://[^\s<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
