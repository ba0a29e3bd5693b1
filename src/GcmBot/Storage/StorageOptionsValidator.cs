using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GcmBot.Storage;

/// <summary>Refuses, at start, a Postgres store without a usable connection string, naming the setting.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Setting = StorageOptions.SectionName + ":ConnectionString";

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.Provider != StorageProvider.Postgres)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"{Setting} is required when Storage:Provider is Postgres (e.g. Host=db;Username=gcmbot;Password=...;Database=gcmbot).");
        }

        return ValidateConnectionString(options.ConnectionString);
    }

    // A method of its own so that compiling Validate does not load Npgsql (about 1.5 MB resident) with SQLite.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ValidateOptionsResult ValidateConnectionString(string connectionString)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host)
                ? ValidateOptionsResult.Fail($"{Setting} names no Host.")
                : ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // The driver's reason names the keyword; the value (perhaps a password) is not repeated here.
            return ValidateOptionsResult.Fail($"{Setting} is not a valid Npgsql connection string: {e.Message}");
        }
    }
}
