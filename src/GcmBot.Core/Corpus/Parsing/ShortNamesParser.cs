using System.Globalization;
using System.Text.RegularExpressions;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>Reads corpus/objective-short-names.md, a table of "| 13 | Alternatives to detention |" rows.</summary>
public static partial class ShortNamesParser
{
    public static IReadOnlyDictionary<int, string> Parse(IEnumerable<string> lines) =>
        lines.Select(l => RowPattern().Match(l))
            .Where(m => m.Success)
            .ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value.Trim());

    [GeneratedRegex(@"^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|\s*$")]
    private static partial Regex RowPattern();
}
