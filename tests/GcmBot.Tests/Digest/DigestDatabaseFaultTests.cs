using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GcmBot.Tests.Hardening;
using Microsoft.Extensions.Logging;

namespace GcmBot.Tests.Digest;

/// <summary>
/// Issue 14: a damaged digest database at start used to end the process with exit code 0. The rule now
/// (the same for the Teams state file): the app keeps answering, /readyz reports the digest Unhealthy,
/// and one log line names Digest:DatabasePath and the path.
/// </summary>
public sealed class DigestDatabaseFaultTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempDirectory("digest-fault");

    private string DatabasePath => Path.Combine(_folder, "gcmbot.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string> Kinds => [.. BrokenDatabases.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Start_DamagedDatabase_AnswersGoOnReadinessUnhealthyAndTheLogNamesSettingAndPath(string kind)
    {
        BrokenDatabases.Make(kind, DatabasePath);
        await using var bed = await HardeningBed.StartAsync(new() { ["Digest:DatabasePath"] = DatabasePath });

        var digest = await SettledDigestCheckAsync(bed);
        using var answer = await bed.Client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "objective 13" });
        using var ready = await bed.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal("Unhealthy", digest.GetProperty("status").GetString());
        Assert.Contains($"Digest:DatabasePath ({DatabasePath})", digest.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Answer", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("kind").GetString());
        var line = Assert.Single(bed.Host.Logs.Entries, e => e.Text.StartsWith("The daily digest is off", StringComparison.Ordinal));
        Assert.Contains("Digest:DatabasePath", line.Text, StringComparison.Ordinal);
        Assert.Contains(DatabasePath, line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ZeroByteDatabase_StartsEmptyWithAWarningNamingThePath()
    {
        await File.WriteAllBytesAsync(DatabasePath, []);
        await using var bed = await HardeningBed.StartAsync(new() { ["Digest:DatabasePath"] = DatabasePath });

        var digest = await SettledDigestCheckAsync(bed);

        Assert.Equal("Healthy", digest.GetProperty("status").GetString());
        var warning = Assert.Single(bed.Host.Logs.Entries, e => e.Text.Contains("zero-byte", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(DatabasePath, warning.Text, StringComparison.Ordinal);
    }

    /// <summary>The digest check once the scheduler has opened (or given up on) the file.</summary>
    private static async Task<JsonElement> SettledDigestCheckAsync(HardeningBed bed)
    {
        JsonElement digest = default;
        await Fakes.Eventually.WaitUntil(async () =>
        {
            using var response = await bed.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
            digest = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("digest").Clone();
            return !digest.GetProperty("description").GetString()!.StartsWith("database not opened yet", StringComparison.Ordinal);
        });
        return digest;
    }
}
