namespace GcmBot.Teams.Package;

/// <summary>
/// Draws the two app icons Teams requires: a 192×192 full-colour icon (white speech bubble with lines
/// of text on the accent colour) and a 32×32 outline icon (the bubble's outline in white on transparency).
/// </summary>
internal static class IconPainter
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>Accent colour of the package (a UN-like blue), also the manifest's accentColor.</summary>
    public static readonly (byte R, byte G, byte B) Accent = (0x0B, 0x5C, 0xAD);

    public static byte[] Color()
    {
        var canvas = new RgbaCanvas(ColorSize);
        canvas.Fill((_, _) => true, Accent, 255);
        canvas.Fill(Bubble(ColorSize), (255, 255, 255), 255);
        foreach (var (top, right) in new[] { (62.0, 142.0), (80.0, 142.0), (98.0, 114.0) })
        {
            canvas.Fill(RoundedRect(50, top, right, top + 9, 4.5), Accent, 255);
        }

        return canvas.ToPng();
    }

    public static byte[] Outline()
    {
        var canvas = new RgbaCanvas(OutlineSize);
        var outer = Bubble(OutlineSize);
        var inner = Scaled(RoundedRect(6.5, 8, 25.5, 20, 2.5), OutlineSize / 32.0);
        canvas.Fill((x, y) => outer(x, y) && !inner(x, y), (255, 255, 255), 255);
        canvas.Fill(RoundedRect(9, 11, 22.5, 12.5, 0.75), (255, 255, 255), 255);
        canvas.Fill(RoundedRect(9, 15, 18, 16.5, 0.75), (255, 255, 255), 255);
        return canvas.ToPng();
    }

    // Bubble drawn on a 32-unit grid and scaled: body plus a tail at the lower left.
    private static Func<double, double, bool> Bubble(int size)
    {
        var body = RoundedRect(4.5, 6, 27.5, 22, 4);
        Func<double, double, bool> tail = (x, y) => Triangle(x, y, (7, 20.5), (13, 20.5), (5.5, 26.5));
        return Scaled((x, y) => body(x, y) || tail(x, y), size / 32.0);
    }

    private static Func<double, double, bool> Scaled(Func<double, double, bool> shape, double scale) =>
        (x, y) => shape(x / scale, y / scale);

    private static Func<double, double, bool> RoundedRect(double left, double top, double right, double bottom, double radius) =>
        (x, y) =>
        {
            if (x < left || x > right || y < top || y > bottom)
            {
                return false;
            }

            var dx = Math.Max(Math.Max(left + radius - x, x - (right - radius)), 0);
            var dy = Math.Max(Math.Max(top + radius - y, y - (bottom - radius)), 0);
            return (dx * dx) + (dy * dy) <= radius * radius;
        };

    private static bool Triangle(double x, double y, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        static double Side((double X, double Y) p, (double X, double Y) q, double x, double y) =>
            ((q.X - p.X) * (y - p.Y)) - ((q.Y - p.Y) * (x - p.X));

        var (s1, s2, s3) = (Side(a, b, x, y), Side(b, c, x, y), Side(c, a, x, y));
        return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
    }
}
