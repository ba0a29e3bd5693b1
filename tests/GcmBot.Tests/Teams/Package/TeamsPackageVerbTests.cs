using System.IO.Compression;
using System.Text.Json.Nodes;
using GcmBot.Teams.Package;

namespace GcmBot.Tests.Teams.Package;

public sealed class TeamsPackageVerbTests : IDisposable
{
    private const string AppId = "6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "gcmbot-package-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_ValidArguments_WritesAZipWithManifestAndIcons()
    {
        var (exitCode, zip) = await RunAsync("teams-package", "--app-id", AppId, "--website-url", "https://gcmbot.example.org/");

        Assert.Equal(0, exitCode);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Keys.Order());
    }

    [Fact]
    public async Task RunAsync_Manifest_HasSchemaIdBotScopesAndCommands()
    {
        var (_, zip) = await RunAsync("--app-id", AppId, "--website-url", "https://gcmbot.example.org/", "--version", "1.2.3");

        var manifest = JsonNode.Parse(zip["manifest.json"])!.AsObject();
        Assert.Equal("1.17", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Matches("^#[0-9A-F]{6}$", (string?)manifest["accentColor"]);
        Assert.All(new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" }, key => Assert.StartsWith("https://", (string?)manifest["developer"]![key], StringComparison.Ordinal));
        Assert.InRange(((string?)manifest["name"]!["short"])!.Length, 1, 30);
        Assert.InRange(((string?)manifest["description"]!["short"])!.Length, 1, 80);
        Assert.InRange(((string?)manifest["description"]!["full"])!.Length, 1, 4000);
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);

        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(AppId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        var menu = Assert.Single(bot["commandLists"]!.AsArray())!;
        Assert.Equal(["personal", "team", "groupChat"], menu["scopes"]!.AsArray().Select(s => (string?)s));
        var commands = menu["commands"]!.AsArray();
        Assert.InRange(commands.Count, 1, 10);
        Assert.Contains(commands, c => (string?)c!["title"] == "objective");
        Assert.All(commands, c =>
        {
            Assert.InRange(((string?)c!["title"])!.Length, 1, 32);
            Assert.InRange(((string?)c["description"])!.Length, 1, 128);
        });
    }

    [Fact]
    public async Task RunAsync_Manifest_CallsTheDigestTheReviewForumCalendar()
    {
        var (_, zip) = await RunAsync("--app-id", AppId, "--website-url", "https://gcmbot.example.org/");

        // The digest (DigestComposer) is the review-forum calendar, not a passage a day.
        Assert.DoesNotContain("daily passage", System.Text.Encoding.UTF8.GetString(zip["manifest.json"]), StringComparison.OrdinalIgnoreCase);
        var manifest = JsonNode.Parse(zip["manifest.json"])!;
        var digest = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Single(c => (string?)c!["title"] == "digest")!;
        Assert.Contains("review-forum calendar", (string?)digest["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Icons_AreRgbaPngsOfTheRequiredSizes()
    {
        var (_, zip) = await RunAsync("--app-id", AppId, "--website-url", "https://gcmbot.example.org/");

        var color = PngReader.Read(zip["color.png"]);
        var outline = PngReader.Read(zip["outline.png"]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.True(Pixels(color.Rgba).All(p => p.A == 255), "the colour icon is opaque");
        Assert.True(Pixels(color.Rgba).Distinct().Count() > 2, "the colour icon has a drawing on its background");
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Contains(Pixels(outline.Rgba), p => p.A == 0);
        Assert.Contains(Pixels(outline.Rgba), p => p.A == 255);
        Assert.All(Pixels(outline.Rgba).Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Theory]
    [InlineData("--website-url", "https://gcmbot.example.org/")]
    [InlineData("--app-id", "not-a-guid", "--website-url", "https://gcmbot.example.org/")]
    [InlineData("--app-id", AppId)]
    [InlineData("--app-id", AppId, "--website-url", "http://gcmbot.example.org/")]
    [InlineData("--app-id", AppId, "--website-url", "https://gcmbot.example.org/", "--colour", "red")]
    [InlineData("--app-id", AppId, "--website-url", "https://gcmbot.example.org/", "--version", "1.0")]
    public async Task RunAsync_BadArguments_ExplainsAndWritesNothing(params string[] args)
    {
        using var output = new StringWriter();
        var path = Path.Combine(folder, "app.zip");

        var exitCode = await new TeamsPackageVerb().RunAsync([.. args, "--output", path], output);

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: teams-package", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public async Task RunAsync_Icons_AreTheCommittedFilesAtTheTeamsRequiredSizes(string name, int size)
    {
        var (_, zip) = await RunAsync("--app-id", AppId, "--website-url", "https://gcmbot.example.org/");
        var committed = await File.ReadAllBytesAsync(Path.Combine(TestPaths.RepositoryRoot, "src", "GcmBot", "Teams", "Package", "Icons", name));

        // Teams requires a 192x192 colour icon and a 32x32 outline icon. The size is read straight from the
        // PNG header (signature, then the IHDR chunk: length 13, "IHDR", width and height big-endian).
        Assert.Equal(committed, zip[name]);
        Assert.Equal("IHDR"u8.ToArray(), committed[12..16]);
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(committed.AsSpan(16)));
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(committed.AsSpan(20)));
    }

    private async Task<(int ExitCode, Dictionary<string, byte[]> Entries)> RunAsync(params string[] args)
    {
        var path = Path.Combine(folder, "app.zip");
        using var output = new StringWriter();
        var exitCode = await new TeamsPackageVerb().RunAsync([.. args, "--output", path], output);
        Assert.Contains(path, output.ToString(), StringComparison.Ordinal);
        await using var zip = await ZipFile.OpenReadAsync(path);
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            await using (var stream = await entry.OpenAsync())
            {
                await stream.CopyToAsync(content);
            }

            entries[entry.FullName] = content.ToArray();
        }

        return (exitCode, entries);
    }

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(byte[] rgba) =>
        rgba.Chunk(4).Select(p => (p[0], p[1], p[2], p[3]));
}
