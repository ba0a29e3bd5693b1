using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GcmBot.Cli;
using GcmBot.Tests.Answers;
using GcmBot.Tests.Fakes;
using Xunit.Abstractions;

namespace GcmBot.Tests.Shipping;

/// <summary>The README as a new user follows it: commands that run as typed, images that exist, outputs that are real.</summary>
public sealed partial class ReadmeTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
    private readonly string _data = TestPaths.NewTempDirectory("readme");

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Commands_HaveNoAngleBracketPlaceholders()
    {
        // In bash "<guid>" is a redirect from a file named "guid": the command fails as typed.
        var commands = _readme.Split('\n').Where(l => l.Contains("dotnet run", StringComparison.Ordinal) || l.TrimStart().StartsWith("--", StringComparison.Ordinal));

        Assert.DoesNotContain(commands, l => Placeholder().IsMatch(l));
    }

    [Fact]
    public void Images_AllExist()
    {
        var images = ImageLink().Matches(_readme).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("docs/local-chat-1280.png", images);
        Assert.All(images, path => Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, path)), path));
    }

    [Fact]
    public async Task AskBatchExample_IsWhatTheCommandPrints()
    {
        const string command = "printf 'remittances\\nlocking up migrants\\n' | dotnet run --project src/GcmBot -- ask --batch | cut -c1-150";
        Assert.Contains($"`{command}`", _readme, StringComparison.Ordinal);
        var after = _readme[_readme.IndexOf(command, StringComparison.Ordinal)..];
        var start = after.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        var shown = after[start..after.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');

        using var output = new StringWriter();
        // The README's command runs with the defaults, so with the semantic layer on.
        await AskVerb.RunAsync(["--batch"], AnswersHost.SemanticEngine, new StringReader("remittances\nlocking up migrants\n"), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(lines.Select(l => l[..Math.Min(150, l.Length)]), shown);
    }

    [Fact]
    public async Task ReadyzExample_CorpusIndexCalendarAndDigestLinesAreWhatTheAppSays()
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?>
        {
            ["Digest:DatabasePath"] = Path.Combine(_data, "gcmbot.db"),
            ["Teams:StatePath"] = Path.Combine(_data, "teams-state.db"),
        }, output);
        using var client = factory.CreateClient();
        var body = "";

        // The digest scheduler opens its database just after start; give it that moment.
        await Eventually.WaitUntil(async () =>
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            body = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK;
        });
        using var actual = JsonDocument.Parse(body);

        var section = _readme[_readme.IndexOf("### Health endpoints", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        using var shown = JsonDocument.Parse(section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)]);
        foreach (var check in new[] { "corpus", "index", "calendar", "digest" })
        {
            Assert.Equal(
                actual.RootElement.GetProperty("checks").GetProperty(check).GetProperty("description").GetString(),
                shown.RootElement.GetProperty("checks").GetProperty(check).GetProperty("description").GetString());
        }
    }

    [GeneratedRegex(@"<[A-Za-z][^>]*>")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+)\)")]
    private static partial Regex ImageLink();
}
