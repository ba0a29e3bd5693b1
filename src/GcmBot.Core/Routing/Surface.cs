namespace GcmBot.Core.Routing;

/// <summary>
/// The chat surface a request came from or a post goes to. Compare with the named values, never with strings;
/// <see cref="Name"/> is only for storage keys, log fields and metric tags. A new surface adds its own value in its adapter.
/// </summary>
public readonly record struct Surface
{
    public Surface(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.ToLowerInvariant();
    }

    /// <summary>The local web chat and the terminal.</summary>
    public static Surface Local { get; } = new("local");

    public static Surface Discord { get; } = new("discord");

    public static Surface Teams { get; } = new("teams");

    /// <summary>Lower case, e.g. "discord"; stored with digest subscriptions.</summary>
    public string Name { get; }

    public override string ToString() => Name;
}
