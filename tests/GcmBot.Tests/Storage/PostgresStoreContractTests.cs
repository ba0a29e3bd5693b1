using GcmBot.Discord;
using GcmBot.Discord.Interactions;
using GcmBot.Digest;
using GcmBot.Storage.Postgres;
using GcmBot.Teams.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GcmBot.Tests.Storage;

/// <summary>The store contract on PostgreSQL: a real server started by the tests, a database for this class.</summary>
public sealed class PostgresStoreContractTests(PostgresDatabaseFixture fixture) : StoreContract, IClassFixture<PostgresDatabaseFixture>, IAsyncDisposable
{
    private NpgsqlDataSource? _source;
    private PostgresDatabase? _database;

    public async ValueTask DisposeAsync()
    {
        if (_source is not null)
        {
            await _source.DisposeAsync();
        }
    }

    internal override async Task<ISubscriptionStore> SubscriptionsAsync() => new PostgresSubscriptionStore(await DatabaseAsync());

    internal override async Task<ISendLedger> LedgerAsync() => new PostgresSendLedger(await DatabaseAsync());

    internal override async Task<IConversationReferenceStore> ConversationsAsync() => new PostgresConversationReferenceStore(await DatabaseAsync());

    internal override async Task<IInteractionReplayGuard> ReplayGuardAsync() => new PostgresInteractionReplayGuard(
        await DatabaseAsync(), Options.Create(new DiscordOptions { MaxSignatureAge = TimeSpan.FromMinutes(5) }), Time, NullLogger<PostgresInteractionReplayGuard>.Instance);

    private async Task<PostgresDatabase> DatabaseAsync()
    {
        if (_database is null)
        {
            // Each test its own empty database: the contract's tests share conversation names.
            _source = NpgsqlDataSource.Create(await fixture.NewDatabaseAsync());
            _database = new PostgresDatabase(_source);
        }

        return _database;
    }
}
