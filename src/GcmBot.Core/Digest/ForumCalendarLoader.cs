using System.Text.Json;
using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Digest;

/// <summary>
/// Reads corpus/forum-calendar.json and resolves every entry against the verified corpus files:
/// the cited paragraph must exist and contain the date as written, the citation label must match
/// the reference, and the period must fit the stated precision. Any mismatch stops the app.
/// </summary>
public static class ForumCalendarLoader
{
    public const string FileName = "forum-calendar.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ForumCalendar Load(string corpusDirectory) =>
        Load(corpusDirectory, CorpusFiles.Load(corpusDirectory));

    public static ForumCalendar Load(string corpusDirectory, CorpusFiles files)
    {
        var path = Path.Combine(corpusDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new CorpusIntegrityException($"Forum calendar not found: {path}.");
        }

        CalendarFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CalendarFile>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new CorpusIntegrityException($"corpus/{FileName} is not valid: {e.Message}", e);
        }

        var entries = file?.Entries ?? throw new CorpusIntegrityException($"corpus/{FileName} has no entries.");
        return new ForumCalendar([.. entries.Select(e => Resolve(e, files))]);
    }

    private static Milestone Resolve(CalendarEntry entry, CorpusFiles files)
    {
        var where = $"corpus/{FileName}, entry '{entry.Id}'";
        var source = entry.Source;
        if (!CitationFormat.Supports(source.Document))
        {
            throw new CorpusIntegrityException($"{where}: document '{source.Document}' has no numbered paragraphs to cite.");
        }

        var label = CitationFormat.Label(source);
        if (entry.Citation != label)
        {
            throw new CorpusIntegrityException($"{where}: citation \"{entry.Citation}\" should read \"{label}\".");
        }

        var text = NumberedParagraphs.Find(files.Lines(source.Document), source.Paragraph, source.Item)
            ?? throw new CorpusIntegrityException($"{where}: {label} was not found in the corpus.");
        if (!text.Contains(entry.DateAsWritten, StringComparison.Ordinal))
        {
            throw new CorpusIntegrityException($"{where}: {label} does not contain \"{entry.DateAsWritten}\".");
        }

        if (!PeriodRules.Fits(entry.Precision, entry.Start, entry.End))
        {
            throw new CorpusIntegrityException(
                $"{where}: {entry.Start:yyyy-MM-dd}..{entry.End:yyyy-MM-dd} is not one {entry.Precision} period.");
        }

        var quote = NumberedParagraphs.SentenceContaining(text, entry.DateAsWritten);
        return new Milestone(entry, quote, CitationFormat.PassageId(source));
    }
}
