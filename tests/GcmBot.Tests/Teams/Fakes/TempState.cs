namespace GcmBot.Tests.Teams.Fakes;

/// <summary>A throw-away folder for the SQLite state file; deleted at the end of the test.</summary>
internal sealed class TempState : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "gcmbot-teams-" + Guid.NewGuid().ToString("N"));

    public string StatePath => Path.Combine(folder, "teams-state.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
