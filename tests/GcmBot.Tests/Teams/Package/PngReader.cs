using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GcmBot.Tests.Teams.Package;

/// <summary>An independent PNG check for the tests: chunk CRCs (bitwise CRC-32), IHDR, inflated pixels.</summary>
internal static class PngReader
{
    public static (int Width, int Height, byte[] Rgba) Read(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var position = 8;
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        while (true)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            Assert.Equal(BitwiseCrc(png.AsSpan(position + 4, length + 4)), crc);
            position += 12 + length;
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    Assert.Equal([8, 6, 0, 0, 0], data[8..].ToArray());
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    return (width, height, Unfilter(idat.ToArray(), width, height));
            }
        }
    }

    private static byte[] Unfilter(byte[] compressed, int width, int height)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        Assert.Equal(height * ((width * 4) + 1), raw.Length);
        var rgba = new byte[width * height * 4];
        for (var row = 0; row < height; row++)
        {
            Assert.Equal(0, raw[row * ((width * 4) + 1)]);
            Array.Copy(raw, (row * ((width * 4) + 1)) + 1, rgba, row * width * 4, width * 4);
        }

        return rgba;
    }

    private static uint BitwiseCrc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }
}
