using System.Text;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Semantic;

/// <summary>
/// Every passage's sentence vector, computed ahead of time (the <c>vectors</c> command) into
/// <c>corpus/passage-vectors.bin</c> and loaded, not computed, at start. Format: "GCMV1", the count
/// and the dimension (int32), then per passage its id (length-prefixed UTF-8) and its floats.
/// </summary>
public sealed class PassageVectors
{
    public const string FileName = "passage-vectors.bin";
    private const string Magic = "GCMV1";

    private PassageVectors(IReadOnlyList<string> ids, float[][] vectors)
    {
        Ids = ids;
        Vectors = vectors;
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<float[]> Vectors { get; }

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
        ArgumentNullException.ThrowIfNull(encode);
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(passages.Count);
        var first = true;
        foreach (var chunk in passages.Chunk(32))
        {
            var vectors = encode([.. chunk.Select(TextOf)]);
            if (first)
            {
                writer.Write(vectors[0].Length);
                first = false;
            }

            for (var i = 0; i < chunk.Length; i++)
            {
                writer.Write(chunk[i].Id);
                foreach (var x in vectors[i])
                {
                    writer.Write(x);
                }
            }
        }
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
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic)
        {
            throw new InvalidDataException("it is not a passage vectors file; regenerate it with: dotnet run --project src/GcmBot -- vectors");
        }

        var count = reader.ReadInt32();
        var dimension = reader.ReadInt32();
        var ids = new string[count];
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            ids[i] = reader.ReadString();
            vectors[i] = new float[dimension];
            for (var d = 0; d < dimension; d++)
            {
                vectors[i][d] = reader.ReadSingle();
            }
        }

        if (count != passages.Count || !ids.SequenceEqual(passages.Select(p => p.Id)))
        {
            throw new InvalidDataException("it does not match the corpus's passages; regenerate it with: dotnet run --project src/GcmBot -- vectors");
        }

        return new PassageVectors(ids, vectors);
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
