using System.Globalization;
using System.Text.RegularExpressions;

namespace GcmBot.Core.Routing;

/// <summary>An objective number with an optional action letter: "13", "13h", "13 h", "13(h)", "13 (H)".</summary>
public sealed partial record ObjectiveReference(int Number, string? Letter)
{
    public static bool TryParse(string text, out ObjectiveReference reference)
    {
        var m = Pattern().Match(text.Trim());
        if (m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var letter = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : null;
            reference = new ObjectiveReference(number, letter?.ToLowerInvariant());
            return true;
        }

        reference = new ObjectiveReference(0, null);
        return false;
    }

    [GeneratedRegex(@"^(\d{1,4})(?:\s*\(\s*([A-Za-z])\s*\)|\s*([A-Za-z]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
