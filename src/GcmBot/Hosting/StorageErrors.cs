using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GcmBot.Hosting;

/// <summary>Database failures as the log names them, whichever provider raised them.</summary>
internal static class StorageErrors
{
    /// <summary>"SQLite error 5", "PostgreSQL 57P01", or the driver's message (e.g. connection refused).</summary>
    public static string Describe(DbException exception) => exception switch
    {
        SqliteException sqlite => $"SQLite error {sqlite.SqliteErrorCode}",
        PostgresException postgres => $"PostgreSQL {postgres.SqlState}",
        _ => exception.Message,
    };
}
