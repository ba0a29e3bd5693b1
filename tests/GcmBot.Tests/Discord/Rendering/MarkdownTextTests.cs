using System.Text;
using GcmBot.Core.Text;
using GcmBot.Discord.Rendering;

namespace GcmBot.Tests.Discord.Rendering;

/// <summary>
/// Rendering where long runs of ordinary characters meet what must be handled one character at a
/// time: escapes, bold edges, line starts, surrogates, links.
/// </summary>
public sealed class MarkdownTextTests
{
    [Fact]
    public void Render_SpecialCharactersAfterLongPlainRuns_EscapedExactlyThere()
    {
        var text = new MarkdownText("States will cooperate in good faith. Migrants_in *transit* [see] a|b ~c~ `d` <e> \\f end.");

        Assert.Equal("States will cooperate in good faith. Migrants\\_in \\*transit\\* \\[see\\] a\\|b \\~c\\~ \\`d\\` \\<e> \\\\f end.", text.Render());
    }

    [Fact]
    public void Render_HighlightStartingAndEndingInsidePlainRuns_BoldsExactlyTheRange()
    {
        const string quote = "Ensure that alternatives to detention are available";
        var text = new MarkdownText(quote, [new TextRange(quote.IndexOf("alternatives", StringComparison.Ordinal), "alternatives to detention".Length)], "> ");

        Assert.Equal("> Ensure that **alternatives to detention** are available", text.Render());
    }

    [Fact]
    public void Render_LineStartMarkersAfterPlainLines_EscapedOnlyAtTheLineStart()
    {
        var text = new MarkdownText("first line - not a list\n- a list marker\n  # indented heading\n13. numbered and 14. not", linePrefix: "> ");

        Assert.Equal("> first line - not a list\n> \\- a list marker\n>   \\# indented heading\n> 13\\. numbered and 14. not", text.Render());
    }

    [Fact]
    public void Render_SurrogatesInsidePlainText_PairsKeptLoneOnesReplaced()
    {
        var text = new MarkdownText("migrants \U0001F30D arrive " + '\uD800' + " safely");

        Assert.Equal("migrants \U0001F30D arrive \uFFFD safely", text.Render());
    }

    [Fact]
    public void Render_LinkAfterPlainText_LeftUnescaped()
    {
        var text = new MarkdownText("see https://www.un.org/a_b*c for the text_");

        Assert.Equal("see https://www.un.org/a_b*c for the text\\_", text.Render());
    }

    [Fact]
    public void Render_RandomTextsAndHighlights_ReadBackAsTheOriginal()
    {
        var random = new Random(20181219);
        const string alphabet = "abcdefghij      .,;:-+#>*_~`|<[]\\\n0123456789éœ";
        for (var n = 0; n < 500; n++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var source = new string(chars).Trim();
            var start = random.Next(source.Length + 1);
            var highlight = new TextRange(start, random.Next(source.Length - start + 1));

            var rendered = new MarkdownText(source, [highlight], "> ").Render();

            Assert.Equal(Normalise(source), Normalise(RenderedText.Unmarkdown(rendered)));
            AssertEverySpecialEscaped(rendered);
        }
    }

    /// <summary>Outside "**" bold markers, every formatting character is escaped, and no line starts with a list, heading, quote or number marker.</summary>
    private static void AssertEverySpecialEscaped(string rendered)
    {
        for (var i = 0; i < rendered.Length; i++)
        {
            if (rendered[i] == '\\' || (rendered[i] == '*' && i + 1 < rendered.Length && rendered[i + 1] == '*'))
            {
                i++;
                continue;
            }

            Assert.DoesNotContain(rendered[i], "*_~`|<[]");
        }

        Assert.All(rendered.Split('\n'), line => Assert.DoesNotMatch(@"^> \s*(\*\*)?\s*([-#>+]|[0-9]+\.)", line));
    }

    // Bold markers may move across the spaces at a highlight's edges; the characters themselves may not change.
    private static string Normalise(string text) => new StringBuilder(text).Replace(" ", "").ToString();
}
