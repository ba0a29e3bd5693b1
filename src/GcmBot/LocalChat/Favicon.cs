using System.Buffers.Binary;
using GcmBot.Teams.Package;

namespace GcmBot.LocalChat;

/// <summary>
/// /favicon.ico: the Teams app's colour icon, 192 px, in an ICO file that holds it as PNG (one image:
/// a 6-byte header, one 16-byte directory entry, then the PNG).
/// </summary>
internal static class Favicon
{
    private static readonly Lazy<byte[]> Bytes = new(Build);

    public static IResult Result() => TypedResults.Bytes(Bytes.Value, "image/x-icon");

    internal static byte[] Build()
    {
        var png = TeamsIcons.Color();
        var ico = new byte[6 + 16 + png.Length];
        var span = ico.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 1); // type: icon
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], 1); // one image
        span[6] = TeamsIcons.ColorSize; // width and height (a byte; 0 would mean 256)
        span[7] = TeamsIcons.ColorSize;
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], 1); // colour planes
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], 32); // bits per pixel
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], (uint)png.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[18..], 22); // the image starts after header and entry
        png.CopyTo(span[22..]);
        return ico;
    }
}
