using System.Text.RegularExpressions;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Reads the objectives file ("# Objective N", "## Title: …", "- a. …") exactly as written. It does
/// not correct anything: errata and the duplicate check are applied afterwards by <see cref="ObjectiveValidator"/>.
/// </summary>
public static partial class ObjectivesParser
{
    public static IReadOnlyList<Objective> Parse(IReadOnlyList<string> lines)
    {
        var objectives = new List<Objective>();
        int? number = null;
        string? title = null;
        var actions = new List<LetteredText>();

        void Flush()
        {
            if (number is { } n)
            {
                objectives.Add(new Objective(n, title ?? throw Error($"objective {n} has no title line"), [.. actions]));
            }

            actions.Clear();
            title = null;
        }

        foreach (var line in lines)
        {
            if (HeadingPattern().Match(line) is { Success: true } heading)
            {
                Flush();
                number = int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("## Title: ", StringComparison.Ordinal))
            {
                title = line["## Title: ".Length..];
            }
            else if (ActionPattern().Match(line) is { Success: true } action)
            {
                actions.Add(new LetteredText(action.Groups[1].Value, action.Groups[2].Value));
            }
        }

        Flush();
        for (var i = 0; i < objectives.Count; i++)
        {
            if (objectives[i].Number != i + 1)
            {
                throw Error($"expected objective {i + 1}, found objective {objectives[i].Number}");
            }
        }

        return objectives;
    }

    private static CorpusIntegrityException Error(string what) =>
        new($"corpus/gcm-objectives-final.md: {what}.");

    [GeneratedRegex(@"^# Objective (\d+)\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^- ([a-z])\. (.+)$")]
    private static partial Regex ActionPattern();
}
