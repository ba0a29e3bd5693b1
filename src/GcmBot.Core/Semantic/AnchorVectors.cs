using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Semantic;

/// <summary>
/// The decline gate's two anchor sides, encoded ahead of time (the <c>vectors</c> command) into
/// <c>corpus/gate-anchor-vectors.bin</c> and loaded, not computed, at start. Everyday: sentences about ordinary life
/// (<c>corpus/gate-background.json</c>) and the off-topic example questions (<c>corpus/gate-examples.json</c>, issue
/// 16e). Topic: the documents' topics in everyday words (the topic lexicon's "say" phrases) and the on-topic example
/// questions. In the <see cref="StoredVectors"/> format, each text's id being its set's prefix and the text itself.
/// </summary>
public sealed class AnchorVectors
{
    public const string FileName = "gate-anchor-vectors.bin";
    private const string BackgroundPrefix = "background: ";
    private const string OffTopicPrefix = "example off-topic: ";
    private const string WordingPrefix = "lexicon: ";
    private const string OnTopicPrefix = "example on-topic: ";

    private AnchorVectors(float[][] everyday, float[][] topic)
    {
        Everyday = everyday;
        Topic = topic;
        EverydayTable = new VectorTable(everyday);
        TopicTable = new VectorTable(topic);
    }

    /// <summary>The background sentences' vectors, then the off-topic examples', in the files' order.</summary>
    public IReadOnlyList<float[]> Everyday { get; }

    /// <summary>The lexicon's everyday wordings' vectors, in the lexicon's order, then the on-topic examples'.</summary>
    public IReadOnlyList<float[]> Topic { get; }

    /// <summary><see cref="Everyday"/> with its coarse bounds, for the nearest anchors of a question.</summary>
    internal VectorTable EverydayTable { get; }

    /// <summary><see cref="Topic"/> with its coarse bounds.</summary>
    internal VectorTable TopicTable { get; }

    /// <summary>Encodes every text (several seconds) and writes the file.</summary>
    public static void Write(string path, AnchorTexts texts, Func<IReadOnlyList<string>, float[][]> encode)
    {
        ArgumentNullException.ThrowIfNull(texts);
        StoredVectors.Write(path, Ids(texts), [.. texts.Background, .. texts.OffTopicExamples, .. texts.Wordings, .. texts.OnTopicExamples], encode);
    }

    /// <summary>
    /// The derived file from the corpus folder (its SHA-256 checked against the manifest's "derived" entry); it must
    /// hold exactly <paramref name="texts"/>, in order, or loading fails naming the path.
    /// </summary>
    public static AnchorVectors Load(CorpusDirectory directory, AnchorTexts texts)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.ReadDerived(FileName, bytes => Read(bytes, texts));
    }

    /// <summary>Reads the file's bytes; InvalidDataException or EndOfStreamException when they are not those texts' vectors.</summary>
    public static AnchorVectors Read(byte[] bytes, AnchorTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = StoredVectors.Read(bytes, Ids(texts), "a gate anchor vectors file", "the background sentences, the lexicon's everyday wordings and the example questions");
        var everyday = texts.Background.Count + texts.OffTopicExamples.Count;
        return new AnchorVectors(vectors[..everyday], vectors[everyday..]);
    }

    private static string[] Ids(AnchorTexts texts) =>
        [
            .. texts.Background.Select(s => BackgroundPrefix + s),
            .. texts.OffTopicExamples.Select(s => OffTopicPrefix + s),
            .. texts.Wordings.Select(s => WordingPrefix + s),
            .. texts.OnTopicExamples.Select(s => OnTopicPrefix + s),
        ];
}
