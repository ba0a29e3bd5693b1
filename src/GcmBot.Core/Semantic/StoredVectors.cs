using System.Text;

namespace GcmBot.Core.Semantic;

/// <summary>
/// The format of a precomputed vectors file (<see cref="PassageVectors"/>, <see cref="AnchorVectors"/>): "GCMV1", the
/// count and the dimension (int32), then per text its id (length-prefixed UTF-8) and its floats. A file is read only
/// if it holds exactly the expected ids, in order.
/// </summary>
internal static class StoredVectors
{
    public const string Regenerate = "regenerate it with: dotnet run --project src/GcmBot -- vectors";
    private const string Magic = "GCMV1";

    /// <summary>Encodes <paramref name="texts"/> (32 at a time) and writes them under <paramref name="ids"/>.</summary>
    public static void Write(string path, IReadOnlyList<string> ids, IReadOnlyList<string> texts, Func<IReadOnlyList<string>, float[][]> encode)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(encode);
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(ids.Count);
        var first = true;
        foreach (var chunk in Enumerable.Range(0, ids.Count).Chunk(32))
        {
            var vectors = encode([.. chunk.Select(i => texts[i])]);
            if (first)
            {
                writer.Write(vectors[0].Length);
                first = false;
            }

            for (var k = 0; k < chunk.Length; k++)
            {
                writer.Write(ids[chunk[k]]);
                foreach (var x in vectors[k])
                {
                    writer.Write(x);
                }
            }
        }
    }

    /// <summary>
    /// The vectors, in the order of <paramref name="ids"/>; InvalidDataException (or EndOfStreamException) naming
    /// <paramref name="kind"/> or <paramref name="holding"/> when the bytes are not such a file or hold other ids.
    /// </summary>
    public static float[][] Read(byte[] bytes, IReadOnlyList<string> ids, string kind, string holding)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic)
        {
            throw new InvalidDataException($"it is not {kind}; {Regenerate}");
        }

        var count = reader.ReadInt32();
        var dimension = reader.ReadInt32();
        var stored = new string[count];
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            stored[i] = reader.ReadString();
            vectors[i] = new float[dimension];
            for (var d = 0; d < dimension; d++)
            {
                vectors[i][d] = reader.ReadSingle();
            }
        }

        if (count != ids.Count || !stored.SequenceEqual(ids, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"it does not match {holding}; {Regenerate}");
        }

        return vectors;
    }
}
