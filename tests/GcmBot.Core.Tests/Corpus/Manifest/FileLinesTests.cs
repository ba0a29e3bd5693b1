using System.Security.Cryptography;
using System.Text;
using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Tests.Corpus.Manifest;

// FileLines reads a file block by block; the lines it gives must be those of the whole file decoded at once
// (Encoding.UTF8.GetString, then split on '\n', trailing '\r's trimmed), wherever a block boundary falls.
public sealed class FileLinesTests
{
    public static TheoryData<string> CorpusFiles() => [.. Directory.GetFiles(TestCorpus.Directory).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Read_EveryCorpusFile_AsTheWholeFileDecodedAtOnce(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestCorpus.Directory, file));

        AssertAsWhole(bytes, FileLines.BlockSize);
        AssertAsWhole(bytes, 4093);
    }

    // A byte order mark, CR LF, a lone CR inside a line, several CRs at a line's end, an empty last line, a
    // four-byte character, and bytes that are not UTF-8 (a stray continuation byte, a character cut short at the end).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(FileLines.BlockSize)]
    public void Read_AwkwardBytes_AtAnyBlockSize_AsTheWholeFileDecodedAtOnce(int blockSize)
    {
        byte[] bytes =
        [
            0xEF, 0xBB, 0xBF, .. "first\r\nse\rcond\r\r\n\n"u8, 0xF0, 0x9F, 0x8C, 0x8D, .. " globe\n"u8,
            0x80, .. "stray"u8, 0xC3, 0xA9, 0xE2, 0x82, .. "\ncut at the end "u8, 0xE2, 0x82,
        ];

        AssertAsWhole(bytes, blockSize);
    }

    [Fact]
    public void Read_EmptyFile_IsOneEmptyLine() =>
        AssertAsWhole([], FileLines.BlockSize);

    private static void AssertAsWhole(byte[] bytes, int blockSize)
    {
        using var stream = new MemoryStream(bytes);

        var lines = FileLines.Read(stream, out var sha256, blockSize);

        Assert.Equal(Encoding.UTF8.GetString(bytes).Split('\n').Select(l => l.TrimEnd('\r')), lines);
        Assert.Equal(SHA256.HashData(bytes), sha256);
    }
}
