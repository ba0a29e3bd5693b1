using System.Collections.Concurrent;
using GcmBot.Core.Delivery;
using GcmBot.Core.Replies;
using GcmBot.Digest;
using GcmBot.Storage.Postgres;
using GcmBot.Tests.Digest;
using Npgsql;

namespace GcmBot.Tests.Storage;

/// <summary>
/// Digest dispatchers of three "replicas" on one PostgreSQL database and one fake clock: every due
/// subscription is posted once, and the claims of a replica that dies mid-fan-out are taken over once
/// their lease (Digest:ClaimLease, on the clock) has run out, not before.
/// </summary>
public sealed class PostgresDispatchTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private const int Subscriptions = 120;
    private readonly DigestHarness _harness = new(new DateTimeOffset(2026, 12, 4, 7, 59, 0, TimeSpan.Zero));
    private readonly List<NpgsqlDataSource> _sources = [];
    private string _database = string.Empty;

    public async Task InitializeAsync()
    {
        _database = await fixture.NewDatabaseAsync();
        var store = new PostgresSubscriptionStore(Database());
        for (var i = 0; i < Subscriptions; i++)
        {
            await store.SaveAsync("discord", $"channel-{i:D3}", new TimeOnly(8, 0), "UTC", _harness.Time.GetUtcNow(), default);
        }

        _harness.Time.Advance(TimeSpan.FromMinutes(1)); // 08:00 UTC: all of them due in the same minute
    }

    public async Task DisposeAsync()
    {
        _harness.Dispose();
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }

    [Fact]
    public async Task ThreeReplicas_OneDiesHoldingClaims_EverySubscriptionPostedExactlyOnce()
    {
        var delivered = new ConcurrentQueue<string>();
        var hung = new ConcurrentQueue<string>();
        var dying = Dispatcher(new Poster((conversation, token) =>
        {
            hung.Enqueue(conversation);
            return Task.Delay(Timeout.Infinite, token).ContinueWith(_ => PostOutcome.Retry, TaskScheduler.Default); // never answers until killed
        }));
        var a = Dispatcher(new Poster((conversation, _) => Delivered(delivered, conversation)));
        var b = Dispatcher(new Poster((conversation, _) => Delivered(delivered, conversation)));

        using var kill = new CancellationTokenSource();
        var dyingRun = dying.RunOnceAsync(kill.Token, kill.Token);
        await Fakes.Eventually.WaitUntil(() => hung.Count == _harness.Options.MaxConcurrentPosts, () => hung.Count);
        await Task.WhenAll(a.RunOnceAsync(default), b.RunOnceAsync(default));
        var beforeLease = delivered.Count;
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dyingRun);

        // Just before the lease runs out the dead replica's days are still its own; at the lease they are taken over.
        _harness.Time.Advance(_harness.Options.ClaimLease - TimeSpan.FromSeconds(1));
        await Task.WhenAll(a.RunOnceAsync(default), b.RunOnceAsync(default));
        var justBefore = delivered.Count;
        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(a.RunOnceAsync(default), b.RunOnceAsync(default));
        await Task.WhenAll(a.RunOnceAsync(default), b.RunOnceAsync(default));

        Assert.Equal(Subscriptions - hung.Count, beforeLease);
        Assert.Equal(beforeLease, justBefore);
        Assert.Equal(Enumerable.Range(0, Subscriptions).Select(i => $"channel-{i:D3}"), delivered.Order(StringComparer.Ordinal));
        Assert.Subset(delivered.ToHashSet(), hung.ToHashSet());
    }

    private static Task<PostOutcome> Delivered(ConcurrentQueue<string> delivered, string conversation)
    {
        delivered.Enqueue(conversation);
        return Task.FromResult(PostOutcome.Sent);
    }

    private PostgresDatabase Database()
    {
        var source = NpgsqlDataSource.Create(_database);
        _sources.Add(source);
        return new PostgresDatabase(source);
    }

    /// <summary>A replica: its own connections, its own owner id, the shared fake clock.</summary>
    private DigestDispatcher Dispatcher(IReplyPoster poster)
    {
        var database = Database();
        return new DigestDispatcher(
            new PostgresSubscriptionStore(database),
            new PostgresSendLedger(database),
            _harness.Composer,
            [poster],
            _harness.Time,
            Microsoft.Extensions.Options.Options.Create(_harness.Options),
            _harness.Meters.Metrics,
            _harness.Log);
    }

    private sealed class Poster(Func<string, CancellationToken, Task<PostOutcome>> post) : IReplyPoster
    {
        public GcmBot.Core.Routing.Surface Surface => GcmBot.Core.Routing.Surface.Discord;

        public Task<PostOutcome> PostAsync(string conversationId, Reply reply, CancellationToken cancellationToken) => post(conversationId, cancellationToken);
    }
}
