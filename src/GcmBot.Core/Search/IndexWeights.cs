namespace GcmBot.Core.Search;

/// <summary>
/// BM25 weights per field (each field's match is boosted by its weight). The passage's own text
/// counts most; its heading path (context) a little, so a bullet is found by its section's topic
/// without outranking a bullet that says the word; keywords (an objective's short name on each of
/// its actions) in between.
/// </summary>
public sealed record IndexWeights(double Text = 1.0, double Context = 0.35, double Keywords = 0.6)
{
    public static IndexWeights Default { get; } = new();

    internal double this[string field] => field switch
    {
        IndexFields.Text => Text,
        IndexFields.Context => Context,
        _ => Keywords,
    };
}
