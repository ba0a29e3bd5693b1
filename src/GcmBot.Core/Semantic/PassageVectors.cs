using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Semantic;

/// <summary>
/// Every passage's sentence vector, computed ahead of time (the <c>vectors</c> command) into
/// <c>corpus/passage-vectors.bin</c> and loaded, not computed, at start, in the <see cref="StoredVectors"/> format
/// with the passages' ids.
/// </summary>
public sealed class PassageVectors
{
    public const string FileName = "passage-vectors.bin";

    private PassageVectors(IReadOnlyList<string> ids, float[][] vectors)
    {
        Ids = ids;
        Vectors = vectors;
        Table = new VectorTable(vectors);
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<float[]> Vectors { get; }

    /// <summary>The same vectors with their coarse bounds: what a question's similarities are computed from.</summary>
    internal VectorTable Table { get; }

    /// <summary>What is encoded for a passage: its heading path, then its text.</summary>
    public static string TextOf(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return passage.Context.Length == 0 ? passage.Text : passage.Context + ": " + passage.Text;
    }

    /// <summary>Encodes every passage (slow: about 15 ms each on 2 cores) and writes the file.</summary>
    public static void Write(string path, IReadOnlyList<Passage> passages, Func<IReadOnlyList<string>, float[][]> encode)
    {
        ArgumentNullException.ThrowIfNull(passages);
        StoredVectors.Write(path, [.. passages.Select(p => p.Id)], [.. passages.Select(TextOf)], encode);
    }

    /// <summary>
    /// The derived file from the corpus folder (its SHA-256 checked against the manifest's "derived" entry); it
    /// must hold exactly <paramref name="passages"/>, in order, or loading fails naming the path.
    /// </summary>
    public static PassageVectors Load(CorpusDirectory directory, IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.ReadDerived(FileName, bytes => Read(bytes, passages));
    }

    /// <summary>Reads the file's bytes; InvalidDataException or EndOfStreamException when they are not the vectors of <paramref name="passages"/>.</summary>
    public static PassageVectors Read(byte[] bytes, IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var ids = passages.Select(p => p.Id).ToArray();
        return new PassageVectors(ids, StoredVectors.Read(bytes, ids, "a passage vectors file", "the corpus's passages"));
    }

    /// <summary>The highest cosine similarity of <paramref name="query"/> to any passage, and that passage's index.</summary>
    public (float Similarity, int Index) Nearest(float[] query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var best = (Similarity: float.MinValue, Index: -1);
        for (var i = 0; i < Vectors.Count; i++)
        {
            var s = Semantic.Vectors.Dot(query, Vectors[i]);
            if (s > best.Similarity)
            {
                best = (s, i);
            }
        }

        return best;
    }
}
