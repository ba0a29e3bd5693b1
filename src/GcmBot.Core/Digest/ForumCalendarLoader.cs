using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Text;

namespace GcmBot.Core.Digest;

/// <summary>
/// Reads corpus/forum-calendar.json and resolves every entry against the loaded corpus: the cited
/// passage must exist, carry the entry's citation label and contain the date as written, and the
/// period must fit the stated precision. Any mismatch stops the app, like any other corpus defect.
/// </summary>
public static partial class ForumCalendarLoader
{
    public const string FileName = "forum-calendar.json";

    public static ForumCalendar Load(CorpusDirectory directory, GcmCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var entries = directory.Json(FileName, CalendarJson.Default.CalendarFile).Entries;
        return entries.Count > 0
            ? new ForumCalendar([.. entries.Select(e => Resolve(e, corpus))])
            : throw directory.Malformed(FileName, "it has no entries");
    }

    private static Milestone Resolve(CalendarEntry entry, GcmCorpus corpus)
    {
        var where = $"corpus/{FileName}, entry '{entry.Id}'";
        var source = entry.Source;
        var id = PassageId.HasNumberedParagraphs(source.Document)
            ? PassageId.Paragraph(source.Document, source.Paragraph, source.Item)
            : throw new CorpusIntegrityException($"{where}: document '{source.Document}' has no numbered paragraphs to cite.");
        var passage = corpus.Passage(id)
            ?? throw new CorpusIntegrityException($"{where}: passage {id} was not found in the corpus.");
        if (entry.Citation != passage.Label)
        {
            throw new CorpusIntegrityException($"{where}: citation \"{entry.Citation}\" should read \"{passage.Label}\".");
        }

        if (!passage.Text.Contains(entry.DateAsWritten, StringComparison.Ordinal))
        {
            throw new CorpusIntegrityException($"{where}: {passage.Label} does not contain \"{entry.DateAsWritten}\".");
        }

        if (!PeriodRules.Fits(entry.Precision, entry.Start, entry.End))
        {
            throw new CorpusIntegrityException(
                $"{where}: {entry.Start:yyyy-MM-dd}..{entry.End:yyyy-MM-dd} is not one {entry.Precision} period.");
        }

        return new Milestone(entry, Sentences.Containing(passage.Text, entry.DateAsWritten), id);
    }

    // Source-generated, with the options every corpus file is read with (CorpusDirectory.Json checks them).
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(CalendarFile))]
    private sealed partial class CalendarJson : JsonSerializerContext;
}
