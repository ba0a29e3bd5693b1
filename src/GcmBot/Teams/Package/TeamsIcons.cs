namespace GcmBot.Teams.Package;

/// <summary>
/// The two app icons Teams requires, committed as PNG files in Teams/Package/Icons and built into the
/// assembly: a 192×192 full-colour icon (a white speech bubble with lines of text on the accent colour)
/// and a 32×32 outline icon (the bubble's outline in white on transparency).
/// </summary>
internal static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The colour icon's background, also the manifest's accentColor (a UN-like blue).</summary>
    public const string AccentColor = "#0B5CAD";

    private static readonly Lazy<byte[]> ColorBytes = new(() => Read(TeamsManifest.ColorIcon));
    private static readonly Lazy<byte[]> OutlineBytes = new(() => Read(TeamsManifest.OutlineIcon));

    public static byte[] Color() => ColorBytes.Value;

    public static byte[] Outline() => OutlineBytes.Value;

    private static byte[] Read(string name)
    {
        var resource = $"Teams.Icons.{name}";
        using var stream = typeof(TeamsIcons).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Teams icon {resource} is not built into the assembly (see GcmBot.csproj).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
