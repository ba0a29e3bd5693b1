namespace GcmBot.Core.Corpus.Manifest;

/// <summary>Cuts one logical document out of a file's lines using the manifest's line markers.</summary>
public static class DocumentSlicer
{
    public static IReadOnlyList<string> Slice(IReadOnlyList<string> lines, DocumentEntry entry)
    {
        var start = entry.Start is null ? 0 : Find(lines, entry.Start, 0, entry);
        var end = entry.End is null ? lines.Count : Find(lines, entry.End, start + 1, entry);
        return [.. lines.Skip(start).Take(end - start)];
    }

    private static int Find(IReadOnlyList<string> lines, LineMarker marker, int from, DocumentEntry entry)
    {
        var seen = 0;
        for (var i = from; i < lines.Count; i++)
        {
            if (string.Equals(lines[i].Trim(), marker.Line, StringComparison.Ordinal) && ++seen == marker.Occurrence)
            {
                return i;
            }
        }

        throw new CorpusIntegrityException(
            $"corpus/{entry.File}: marker line \"{marker.Line}\" (occurrence {marker.Occurrence}) for document '{entry.Id}' was not found.");
    }
}
