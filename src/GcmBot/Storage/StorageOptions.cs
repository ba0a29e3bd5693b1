namespace GcmBot.Storage;

/// <summary>Where the bot keeps what it remembers, section "Storage".</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Sqlite (default: files on this machine, one process) or Postgres (shared by every replica).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>With Postgres: an Npgsql connection string, e.g. Host=db;Username=gcmbot;Password=...;Database=gcmbot.</summary>
    public string? ConnectionString { get; set; }
}

internal enum StorageProvider
{
    Sqlite,
    Postgres,
}
