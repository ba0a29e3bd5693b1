using System.Text.Json;
using System.Text.Json.Serialization;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// gate-questions.json, split into a tuning half and a held-out half. The split is a shuffle with a
/// fixed seed, fixed before any tuning of the decline gate; only held-out figures are reported.
/// </summary>
internal sealed record GateQuestions(
    [property: JsonPropertyName("paraphrases")] IReadOnlyList<GateParaphrase> Paraphrases,
    [property: JsonPropertyName("offTopic")] IReadOnlyList<string> OffTopic)
{
    public const int Seed = 16;

    /// <summary>The set written last session (its held-out half was seen while tuning then).</summary>
    public const string Seen = "gate-questions.json";

    /// <summary>The set written this session before any tuning; its held-out half is the headline.</summary>
    public const string Blind = "gate-questions-blind.json";

    /// <summary>
    /// The second blind set, written by an independent evaluator who never saw the gate's code or output;
    /// only its held-out half is measured, once, after the gate work is merged.
    /// </summary>
    public const string Blind2 = "gate-questions-blind2.json";

    /// <summary>
    /// The third blind set, written from the source documents by an independent helper who never saw the gate's
    /// code or output; only its held-out half is measured, once, after the gate work is merged.
    /// </summary>
    public const string Blind3 = "gate-questions-blind3.json";

    /// <summary>
    /// The fourth blind set, written from the source documents by an independent helper who never saw the gate's
    /// code, the lexicon, the other question files or the gate's output; only its held-out half is measured.
    /// </summary>
    public const string Blind4 = "gate-questions-blind4.json";

    /// <summary>
    /// The fifth blind set, written from the source documents by an independent helper who never saw the gate's code,
    /// the lexicon, any anchor sentences, the other question files or the gate's output. Its held-out half was measured
    /// once by the coordinator; its tuning half then joined the tuning set (issue 16r).
    /// </summary>
    public const string Blind5 = "gate-questions-blind5.json";

    /// <summary>
    /// The sixth blind set, written from the source documents by an independent helper who never saw the gate's code,
    /// the lexicon, any anchor sentences, the other question files or the gate's output. Not tuned on: only its held-out
    /// half is measured, once, by the coordinator.
    /// </summary>
    public const string Blind6 = "gate-questions-blind6.json";

    // Every gate set, oldest first, and whether its tuning half has joined the questions the gate may be tuned on
    // (a set joins later, by its own change, after its held-out half has been measured once).
    private static readonly (string File, bool Tuned)[] Sets =
        [(Seen, true), (Blind, true), (Blind2, true), (Blind3, true), (Blind4, true), (Blind5, true), (Blind6, false)];

    /// <summary>
    /// Every gate set, oldest first: the order in which each blind set must be new against those written before it.
    /// A new set is its JSON file here (the project copies every gate-questions*.json), a constant above, an entry in
    /// <see cref="Sets"/> and a test class of its own over <see cref="BlindGateSet"/> with the set's floors.
    /// </summary>
    public static IReadOnlyList<string> Files { get; } = [.. Sets.Select(set => set.File)];

    /// <summary>The sets whose tuning halves the tuning set and the aggregates read (never a held-out half).</summary>
    public static IReadOnlyList<string> TunedFiles { get; } = [.. Sets.Where(set => set.Tuned).Select(set => set.File)];

    /// <summary>The evaluation set's questions and those of every gate set listed before <paramref name="file"/>.</summary>
    public static HashSet<string> KnownBefore(string file)
    {
        var index = Files.ToList().IndexOf(file);
        if (index < 0)
        {
            throw new ArgumentException($"{file} is not in GateQuestions.Files", nameof(file));
        }

        return Files.Take(index).Select(f => Load(f))
            .SelectMany(set => set.Paraphrases.Select(p => p.Question).Concat(set.OffTopic))
            .Concat(EvaluationTests.Load().Select(q => q.Question))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public static GateQuestions Load(string file = Seen)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Answers", file);
        return JsonSerializer.Deserialize<GateQuestions>(File.ReadAllText(path))!;
    }

    /// <summary>The held-out half of <paramref name="items"/> (tuning = false gives the tuning half).</summary>
    public static IReadOnlyList<T> Half<T>(IReadOnlyList<T> items, bool heldOut)
    {
        var order = Enumerable.Range(0, items.Count).ToArray();
        new Random(Seed).Shuffle(order);
        var cut = items.Count / 2;
        return [.. (heldOut ? order[cut..] : order[..cut]).Order().Select(i => items[i])];
    }
}

internal sealed record GateParaphrase(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("objectives")] IReadOnlyList<int> Objectives);
