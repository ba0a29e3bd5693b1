using Microsoft.Data.Sqlite;

namespace GcmBot.Tests.Hardening;

/// <summary>A throw-away folder for the app's SQLite files, and the settings that point the app at it.</summary>
internal sealed class HardeningState : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "gcmbot-hardening-" + Guid.NewGuid().ToString("N"));

    public string TeamsStatePath => Path.Combine(Folder, "teams-state.db");

    public Dictionary<string, string?> Settings() => new()
    {
        ["Teams:EmulatorMode"] = "true",
        ["Teams:StatePath"] = TeamsStatePath,
        ["Teams:ConversationPacing"] = "00:00:00",
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
