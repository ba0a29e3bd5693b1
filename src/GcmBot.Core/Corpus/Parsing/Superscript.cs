namespace GcmBot.Core.Corpus.Parsing;

/// <summary>Footnote marks in the sources are Unicode superscript digits (¹ ² ³ …).</summary>
public static class Superscript
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static bool IsDigit(char c) => Digits.Contains(c, StringComparison.Ordinal);

    /// <summary>The footnote number a line starts with ("⁵ The African…" → 5), or null.</summary>
    public static int? LeadingNumber(string line)
    {
        var value = 0;
        var length = 0;
        while (length < line.Length && IsDigit(line[length]))
        {
            value = (value * 10) + Digits.IndexOf(line[length], StringComparison.Ordinal);
            length++;
        }

        return length > 0 ? value : null;
    }

    public static string Mark(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Digits[d - '0']));
}
