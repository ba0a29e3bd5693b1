using GcmBot.Core.Corpus.Errata;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Corpus.Parsing;

namespace GcmBot.Core.Corpus;

/// <summary>
/// Loads corpus/ from the opened <see cref="CorpusDirectory"/> (every file's checksum verified there):
/// parses every logical document, applies the errata and checks that each one was used. Any failure throws
/// <see cref="CorpusIntegrityException"/> naming the file, so the host refuses to start rather than quote a
/// text it cannot vouch for.
/// </summary>
public static class CorpusLoader
{
    public const string ShortNamesFile = "objective-short-names.md";

    public static GcmCorpus Load(string directory) => Load(CorpusDirectory.Open(directory));

    public static GcmCorpus Load(CorpusDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = CorpusFiles.Of(directory);
        var errata = ErrataBook.Load(directory);

        var declaration = ProgressDeclarationParser.Parse(files.Lines(DocumentIds.ProgressDeclaration), errata);
        var zeroDraft = ZeroDraftParser.Parse(files.Lines(DocumentIds.ZeroDraft));
        var kenya = KenyaPositionParser.Parse(files.Lines(DocumentIds.KenyaPosition));
        var objectives = ObjectiveValidator.Validate(
            ObjectivesParser.Parse(files.Lines(DocumentIds.Objectives)),
            declaration.Document,
            zeroDraft.Document,
            ShortNames(directory),
            errata);
        Parsed<SectionedDocument>[] secondary =
        [
            ParagraphDocumentParser.Parse(files.Lines(DocumentIds.DelegationReport), ParagraphDocumentOptions.DelegationReport, files.Entry(DocumentIds.DelegationReport).Title),
            ParagraphDocumentParser.Parse(files.Lines(DocumentIds.NewYorkDeclaration), ParagraphDocumentOptions.NewYorkDeclaration, files.Entry(DocumentIds.NewYorkDeclaration).Title),
            ParagraphDocumentParser.Parse(files.Lines(DocumentIds.SecretaryGeneralReport), ParagraphDocumentOptions.SecretaryGeneralReport, files.Entry(DocumentIds.SecretaryGeneralReport).Title),
            IcmpdParser.Parse(files.Lines(DocumentIds.Icmpd), files.Entry(DocumentIds.Icmpd).Title),
        ];
        errata.EnsureAllApplied();

        IReadOnlyList<Passage> passages =
        [
            .. objectives.Passages,
            .. declaration.Passages,
            .. kenya.Passages,
            .. zeroDraft.Passages,
            .. secondary.SelectMany(s => s.Passages),
        ];
        EnsureUniqueIds(passages);
        return new GcmCorpus(
            files.Manifest, errata, objectives.Document, declaration.Document, zeroDraft.Document, kenya.Document,
            [.. secondary.Select(s => s.Document)], passages);
    }

    private static IReadOnlyDictionary<int, string> ShortNames(CorpusDirectory directory)
    {
        var names = directory.Read(ShortNamesFile, _ => ShortNamesParser.Parse(directory.Lines(ShortNamesFile)));
        return names.Count > 0 ? names : throw directory.Malformed(ShortNamesFile, "it has no \"| number | short name |\" rows");
    }

    private static void EnsureUniqueIds(IReadOnlyList<Passage> passages)
    {
        var duplicate = passages.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CorpusIntegrityException($"Two corpus passages share the id '{duplicate.Key}'.");
        }
    }
}
