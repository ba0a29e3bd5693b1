namespace GcmBot.Core.Corpus;

/// <summary>
/// The 23 objectives by number, short name and full title, for pickers such as Discord's autocomplete.
/// Implemented from the corpus; adapters only read it.
/// </summary>
public interface IObjectiveCatalog
{
    /// <summary>Objectives 1 to 23, in order.</summary>
    IReadOnlyList<ObjectiveSummary> Objectives { get; }
}

/// <summary>
/// One objective: <paramref name="ShortName"/> is the Migration Network Hub label ("Alternatives to detention"),
/// <paramref name="Title"/> the objective's full title from the corpus.
/// </summary>
public sealed record ObjectiveSummary(int Number, string ShortName, string Title);
