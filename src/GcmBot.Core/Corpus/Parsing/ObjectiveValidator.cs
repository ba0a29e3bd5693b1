using GcmBot.Core.Corpus.Errata;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Turns the objectives as read into the objectives the bot may quote: applies the errata, checks
/// every title against the Progress Declaration's footnotes, and finds an objective whose actions
/// copy an earlier one's. Such an objective keeps no actions (its real ones are not in the corpus);
/// it takes its title from the Progress Declaration and carries the Zero Draft's version instead.
/// </summary>
public static class ObjectiveValidator
{
    public static Parsed<IReadOnlyList<Objective>> Validate(
        IReadOnlyList<Objective> read,
        ProgressDeclaration declaration,
        ZeroDraft zeroDraft,
        IReadOnlyDictionary<int, string> shortNames,
        ErrataBook errata)
    {
        var declarationTitles = ProgressDeclarationParser.ObjectiveTitles(declaration);
        var objectives = new List<Objective>();
        foreach (var objective in read)
        {
            var corrected = objective with
            {
                Actions = [.. objective.Actions.Select(a => a with { Text = errata.Apply(PassageId.Action(objective.Number, a.Letter), a.Text) })],
                ShortName = shortNames.GetValueOrDefault(objective.Number, ""),
            };
            var title = TitleFromDeclaration(objective.Number, declarationTitles);
            // Compare the texts as read: errata may have touched the original but not its copy.
            var original = read.Where(o => o.Number < objective.Number).FirstOrDefault(o => SameActions(o, objective));
            objectives.Add(original is null
                ? CheckedTitle(corrected, title)
                : Replaced(corrected, errata.ConfirmDuplicate(objective.Number, original.Number), title, FootnoteFor(objective.Number, declaration), zeroDraft));
        }

        return new Parsed<IReadOnlyList<Objective>>(objectives, [.. ObjectivePassages.For(objectives)]);
    }

    private static bool SameActions(Objective earlier, Objective later) =>
        earlier.Actions.Count > 0 && earlier.Actions.Select(a => a.Text).SequenceEqual(later.Actions.Select(a => a.Text), StringComparer.Ordinal);

    private static string TitleFromDeclaration(int number, IReadOnlyDictionary<int, string> titles) =>
        titles.TryGetValue(number, out var title)
            ? title
            : throw new CorpusIntegrityException($"corpus/progress-declaration-imrf-2022.txt: footnotes 1 to 4 give no title for objective {number}.");

    // The objectives file writes many titles in Title Case; the words must still be the Declaration's.
    private static Objective CheckedTitle(Objective objective, string declarationTitle) =>
        string.Equals(objective.Title, declarationTitle, StringComparison.OrdinalIgnoreCase)
            ? objective
            : throw new CorpusIntegrityException(
                $"corpus/gcm-objectives-final.md: the title of objective {objective.Number} (\"{objective.Title}\") differs from the Progress Declaration's (\"{declarationTitle}\").");

    private static Objective Replaced(Objective objective, DuplicateObjective copy, string declarationTitle, int footnote, ZeroDraft zeroDraft)
    {
        var draft = zeroDraft.Objectives.FirstOrDefault(o => o.Number == objective.Number);
        var note =
            $"The objectives file repeats objective {copy.DuplicateOf}'s title and actions under objective {objective.Number}. " +
            $"The title above is the one the Progress Declaration gives (footnote {footnote}). " +
            $"The final text of objective {objective.Number}'s actions is not in GcmBot's sources" +
            (draft is null ? "." : $"; the Zero Draft of 5 February 2018 (objective {draft.Number}, ¶{draft.Paragraph}) is quoted instead, labelled as the draft it is.");
        return objective with
        {
            Title = declarationTitle,
            Actions = [],
            Defect = new ObjectiveDefect(note, objective.Title, copy.DuplicateOf, $"Progress Declaration footnote {footnote}", draft),
        };
    }

    // The footnote on the heading of the round table that covered the objective gives its title.
    private static int FootnoteFor(int objective, ProgressDeclaration declaration) =>
        declaration.RoundTableFor(objective)?.FootnoteNumber
        ?? throw new CorpusIntegrityException($"corpus/progress-declaration-imrf-2022.txt: no round table covers objective {objective}.");
}
