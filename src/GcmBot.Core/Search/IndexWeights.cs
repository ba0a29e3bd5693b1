namespace GcmBot.Core.Search;

/// <summary>
/// bm25 column weights. The passage's own text counts most; its heading path (context) a little,
/// so a bullet is found by its section's topic without outranking a bullet that says the word;
/// keywords (an objective's short name on each of its actions) in between.
/// </summary>
public sealed record IndexWeights(double Text = 1.0, double Context = 0.35, double Keywords = 0.6)
{
    public static IndexWeights Default { get; } = new();

    internal double this[int column] => column switch
    {
        0 => Text,
        1 => Context,
        _ => Keywords,
    };
}
