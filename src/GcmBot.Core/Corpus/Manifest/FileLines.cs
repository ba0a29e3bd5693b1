using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace GcmBot.Core.Corpus.Manifest;

/// <summary>
/// A UTF-8 file's lines as <c>Encoding.UTF8.GetString(bytes).Split('\n')</c> gives them, each line's trailing
/// '\r's trimmed, read block by block: the whole file is never one array or one string (the Kenya report would be
/// 0.3 MB of bytes and 0.6 MB of text on the large object heap), and its SHA-256 is computed on the way.
/// </summary>
internal static class FileLines
{
    public const int BlockSize = 16 * 1024;

    public static string[] Split(byte[] bytes) => Encoding.UTF8.GetString(bytes).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>The stream's lines, to its end, and the SHA-256 of its bytes.</summary>
    public static string[] Read(Stream stream, out byte[] sha256, int blockSize = BlockSize)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(blockSize);
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(blockSize));
        try
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            int read;
            while ((read = stream.Read(bytes, 0, blockSize)) > 0)
            {
                hash.AppendData(bytes, 0, read);
                Add(chars.AsSpan(0, decoder.GetChars(bytes, 0, read, chars, 0, flush: false)), line, lines);
            }

            // Bytes of a character the file cut short decode as GetString decodes them.
            Add(chars.AsSpan(0, decoder.GetChars(bytes, 0, 0, chars, 0, flush: true)), line, lines);
            lines.Add(Trimmed(line));
            sha256 = hash.GetHashAndReset();
            return [.. lines];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static void Add(ReadOnlySpan<char> chars, StringBuilder line, List<string> lines)
    {
        int end;
        while ((end = chars.IndexOf('\n')) >= 0)
        {
            line.Append(chars[..end]);
            lines.Add(Trimmed(line));
            line.Clear();
            chars = chars[(end + 1)..];
        }

        line.Append(chars);
    }

    private static string Trimmed(StringBuilder line)
    {
        var length = line.Length;
        while (length > 0 && line[length - 1] == '\r')
        {
            length--;
        }

        return line.ToString(0, length);
    }
}
