using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Semantic;

/// <summary>
/// The decline gate's two anchor sets, encoded ahead of time (the <c>vectors</c> command) into
/// <c>corpus/gate-anchor-vectors.bin</c> and loaded, not computed, at start: everyday sentences about ordinary life
/// (<c>corpus/gate-background.json</c>) and the documents' topics in everyday words (the topic lexicon's "say"
/// phrases). In the <see cref="StoredVectors"/> format, each text's id being its set's prefix and the text itself.
/// </summary>
public sealed class AnchorVectors
{
    public const string FileName = "gate-anchor-vectors.bin";
    private const string BackgroundPrefix = "background: ";
    private const string WordingPrefix = "lexicon: ";

    private AnchorVectors(float[][] background, float[][] wordings)
    {
        Background = background;
        Wordings = wordings;
    }

    /// <summary>The everyday sentences' vectors, in the file's order.</summary>
    public IReadOnlyList<float[]> Background { get; }

    /// <summary>The lexicon's everyday wordings' vectors, in the lexicon's order.</summary>
    public IReadOnlyList<float[]> Wordings { get; }

    /// <summary>Encodes both sets (a few seconds) and writes the file.</summary>
    public static void Write(string path, IReadOnlyList<string> background, IReadOnlyList<string> wordings, Func<IReadOnlyList<string>, float[][]> encode) =>
        StoredVectors.Write(path, Ids(background, wordings), [.. background, .. wordings], encode);

    /// <summary>
    /// The derived file from the corpus folder (its SHA-256 checked against the manifest's "derived" entry); it must
    /// hold exactly <paramref name="background"/> then <paramref name="wordings"/>, or loading fails naming the path.
    /// </summary>
    public static AnchorVectors Load(CorpusDirectory directory, IReadOnlyList<string> background, IReadOnlyList<string> wordings)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.ReadDerived(FileName, bytes => Read(bytes, background, wordings));
    }

    /// <summary>Reads the file's bytes; InvalidDataException or EndOfStreamException when they are not those sets' vectors.</summary>
    public static AnchorVectors Read(byte[] bytes, IReadOnlyList<string> background, IReadOnlyList<string> wordings)
    {
        var vectors = StoredVectors.Read(bytes, Ids(background, wordings), "a gate anchor vectors file", "the background sentences and the lexicon's everyday wordings");
        return new AnchorVectors(vectors[..background.Count], vectors[background.Count..]);
    }

    private static string[] Ids(IReadOnlyList<string> background, IReadOnlyList<string> wordings)
    {
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(wordings);
        return [.. background.Select(s => BackgroundPrefix + s), .. wordings.Select(s => WordingPrefix + s)];
    }
}
