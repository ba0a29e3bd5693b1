namespace GcmBot.Teams.Package;

/// <summary>A square RGBA pixel buffer; shapes are filled with 4×4 supersampling for smooth edges.</summary>
internal sealed class RgbaCanvas(int size)
{
    private const int Samples = 4;

    private readonly byte[] pixels = new byte[size * size * 4];

    public int Size => size;

    /// <summary>Blends <paramref name="color"/> over the pixels, weighted by how much of each the shape covers.</summary>
    public void Fill(Func<double, double, bool> inside, (byte R, byte G, byte B) color, byte alpha)
    {
        for (var py = 0; py < size; py++)
        {
            for (var px = 0; px < size; px++)
            {
                var hits = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        hits += inside(px + ((sx + 0.5) / Samples), py + ((sy + 0.5) / Samples)) ? 1 : 0;
                    }
                }

                if (hits > 0)
                {
                    Blend(px, py, color, alpha * hits / (double)(Samples * Samples) / 255);
                }
            }
        }
    }

    public byte[] ToPng() => PngEncoder.Encode(size, size, pixels);

    // Porter-Duff "over" on straight (non-premultiplied) alpha.
    private void Blend(int x, int y, (byte R, byte G, byte B) color, double coverage)
    {
        var i = ((y * size) + x) * 4;
        var below = pixels[i + 3] / 255.0;
        var outAlpha = coverage + (below * (1 - coverage));
        byte Mix(byte top, byte bottom) =>
            (byte)Math.Round(((top * coverage) + (bottom * below * (1 - coverage))) / outAlpha);

        pixels[i] = Mix(color.R, pixels[i]);
        pixels[i + 1] = Mix(color.G, pixels[i + 1]);
        pixels[i + 2] = Mix(color.B, pixels[i + 2]);
        pixels[i + 3] = (byte)Math.Round(outAlpha * 255);
    }
}
