using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GcmBot.Tests.Digest;
using GcmBot.Tests.Hardening;

namespace GcmBot.Tests.Teams.Conversations;

/// <summary>Issue 14: the Teams state file follows the digest's rule: answers go on, /readyz says Unhealthy, the log names setting and path.</summary>
public sealed class TeamsStateFaultTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempDirectory("teams-fault");

    private string StatePath => Path.Combine(_folder, "teams-state.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("random-bytes")]
    [InlineData("directory")]
    [InlineData("corrupted-pages")]
    public async Task Start_DamagedStateFile_AnswersGoOnTeamsUnhealthyNamingSettingAndPath(string kind)
    {
        BrokenDatabases.Make(kind, StatePath);
        await using var bed = await HardeningBed.StartAsync(new() { ["Teams:StatePath"] = StatePath });

        using var ready = await bed.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var answer = await bed.Client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "objective 13" });

        var teams = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("teams");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", teams.GetProperty("status").GetString());
        Assert.Contains($"Teams:StatePath ({StatePath})", teams.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Answer", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("kind").GetString());
        var line = Assert.Single(bed.Host.Logs.Entries, e => e.Text.StartsWith("The Teams state file at Teams:StatePath", StringComparison.Ordinal));
        Assert.Contains(StatePath, line.Text, StringComparison.Ordinal);
    }
}
