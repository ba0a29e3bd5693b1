namespace GcmBot.Core.Corpus.Model;

/// <summary>A GCM objective (final text) with its lettered actions.</summary>
public sealed record Objective(
    int Number,
    string Title,
    IReadOnlyList<LetteredText> Actions,
    ObjectiveDefect? Defect = null)
{
    /// <summary>The Migration Network Hub's short name ("Remittances"): a label, never the title.</summary>
    public string ShortName { get; init; } = "";

    public string Label => $"GCM objective {Number}";

    public LetteredText? Action(string letter) =>
        Actions.FirstOrDefault(a => string.Equals(a.Letter, letter, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A lettered item ("h", text) of an objective or paragraph, text exact.</summary>
public sealed record LetteredText(string Letter, string Text);

/// <summary>
/// Why an objective's text in the corpus cannot be shown as is. For objective 20: the file's
/// actions copy another objective's, so the title comes from the Progress Declaration and the
/// Zero Draft's version is offered, labelled as such.
/// </summary>
public sealed record ObjectiveDefect(
    string Note,
    string TitleInFile,
    int DuplicateOf,
    string TitleSource,
    ZeroDraftObjective? ZeroDraftVersion);
