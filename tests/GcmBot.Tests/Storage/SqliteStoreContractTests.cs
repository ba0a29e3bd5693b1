using GcmBot.Discord;
using GcmBot.Discord.Interactions;
using GcmBot.Digest;
using GcmBot.Digest.Sqlite;
using GcmBot.Teams;
using GcmBot.Teams.Conversations;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Storage;

/// <summary>The store contract on the default provider: the SQLite files and the in-memory replay guard.</summary>
public sealed class SqliteStoreContractTests : StoreContract, IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("store-contract");
    private readonly SqliteDigestDatabase _database;
    private readonly SqliteConversationReferenceStore _conversations;

    public SqliteStoreContractTests()
    {
        _database = new SqliteDigestDatabase(Path.Combine(_directory, "gcmbot.db"));
        _conversations = new SqliteConversationReferenceStore(
            Options.Create(new TeamsOptions { StatePath = Path.Combine(_directory, "teams.db") }), new HostingEnvironment { ContentRootPath = _directory });
    }

    public void Dispose()
    {
        _conversations.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    internal override Task<ISubscriptionStore> SubscriptionsAsync() => Task.FromResult<ISubscriptionStore>(new SqliteSubscriptionStore(_database));

    internal override Task<ISendLedger> LedgerAsync() => Task.FromResult<ISendLedger>(new SqliteSendLedger(_database));

    internal override Task<IConversationReferenceStore> ConversationsAsync() => Task.FromResult<IConversationReferenceStore>(_conversations);

    internal override Task<IInteractionReplayGuard> ReplayGuardAsync() => Task.FromResult<IInteractionReplayGuard>(
        new MemoryInteractionReplayGuard(Options.Create(new DiscordOptions { MaxSignatureAge = TimeSpan.FromMinutes(5) }), Time));
}
