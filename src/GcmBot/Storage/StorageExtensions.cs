using System.Runtime.CompilerServices;
using GcmBot.Discord.Interactions;
using GcmBot.Digest;
using GcmBot.Hosting;
using GcmBot.Storage.Postgres;
using GcmBot.Teams.Conversations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GcmBot.Storage;

internal static class StorageExtensions
{
    /// <summary>
    /// Storage:Provider. Sqlite (the default) leaves the features' own SQLite files and in-memory replay
    /// guard in place; Postgres puts subscriptions, the send ledger, Teams conversations and Discord
    /// interaction ids in one PostgreSQL database that every replica shares. Call before the features.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        // Read now to choose the registrations; a value that is not a provider fails here, naming Storage:Provider.
        var chosen = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (chosen.Provider == StorageProvider.Postgres)
        {
            AddPostgres(services);
        }

        return builder;
    }

    // A method of its own so that compiling AddStorage does not load Npgsql (about 1.5 MB resident) with SQLite.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddPostgres(IServiceCollection services)
    {
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString!));
        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<IDigestDatabase>(sp => sp.GetRequiredService<PostgresDatabase>());
        services.AddSingleton<ISubscriptionStore, PostgresSubscriptionStore>();
        services.AddSingleton<ISendLedger, PostgresSendLedger>();
        services.AddSingleton<IConversationReferenceStore, PostgresConversationReferenceStore>();
        services.AddSingleton<IInteractionReplayGuard, PostgresInteractionReplayGuard>();
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("storage", tags: [HealthExtensions.ReadyTag]);
    }
}
