using GcmBot.Digest.Sqlite;
using System.Collections.Concurrent;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Delivery;
using GcmBot.Core.Digest;
using GcmBot.Core.Replies;
using GcmBot.Digest;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Hosting;
using Moq;

namespace GcmBot.Tests.Digest;

/// <summary>
/// A digest database in a temp folder, a fake clock and Moq'd Discord and Teams posters that record
/// every post. Each <see cref="NewDispatcher()"/> is a separate "process": its own connections and owner.
/// </summary>
internal sealed class DigestHarness : IDisposable
{
    private static readonly Lazy<DigestComposer> SharedComposer = new(() => new DigestComposer(ForumCalendarLoader.Load(CorpusDirectory.Open(TestPaths.Corpus), CorpusLoader.Load(TestPaths.Corpus))));

    private readonly string _directory = TestPaths.NewTempDirectory("digest");

    public DigestHarness(DateTimeOffset start)
    {
        Time = new FakeClock(start);
        DatabasePath = Path.Combine(_directory, "data", "gcmbot.db");
        Database = new SqliteDigestDatabase(DatabasePath);
        Store = new SqliteSubscriptionStore(Database);
        Ledger = new SqliteSendLedger(Database);
        Discord = Poster("discord");
        Teams = Poster("teams");
    }

    internal FakeClock Time { get; }

    public string DatabasePath { get; }

    public SqliteDigestDatabase Database { get; }

    public SqliteSubscriptionStore Store { get; }

    public SqliteSendLedger Ledger { get; }

    public Mock<IReplyPoster> Discord { get; }

    public Mock<IReplyPoster> Teams { get; }

    public DigestComposer Composer => SharedComposer.Value;

    public DigestOptions Options { get; } = new() { RetryInitialDelay = TimeSpan.FromMinutes(5), RetryMaxDelay = TimeSpan.FromMinutes(40) };

    public ListLogger<DigestDispatcher> Log { get; } = new();

    /// <summary>The dispatchers' metrics and what they recorded.</summary>
    public TestMeters Meters { get; } = new();

    /// <summary>Every post attempt, in order: conversation, clock time, reply.</summary>
    public ConcurrentQueue<Post> Posts { get; } = new();

    /// <summary>How a poster answers a post; default: sent.</summary>
    public Func<Post, Task<PostOutcome>> Respond { get; set; } = _ => Task.FromResult(PostOutcome.Sent);

    public IReadOnlyList<Post> PostsTo(string conversation) => [.. Posts.Where(p => p.Conversation == conversation)];

    public DigestDispatcher NewDispatcher() => NewDispatcher(ledger: null);

    /// <param name="ledger">Instead of the process's own ledger on the database (for one that wraps it).</param>
    /// <param name="discord">Instead of the Moq'd Discord poster (see <see cref="IdempotentPoster"/>).</param>
    public DigestDispatcher NewDispatcher(ISendLedger? ledger = null, IReplyPoster? discord = null) => new(
        new SqliteSubscriptionStore(new SqliteDigestDatabase(DatabasePath)),
        ledger ?? new SqliteSendLedger(new SqliteDigestDatabase(DatabasePath)),
        Composer,
        [discord ?? Discord.Object, Teams.Object],
        Time,
        Microsoft.Extensions.Options.Options.Create(Options),
        Meters.Metrics,
        Log);

    public Task<DigestSubscription> SubscribeAsync(string surface, string conversation, string time, string zone) =>
        Store.SaveAsync(surface, conversation, TimeOnly.Parse(time, null), zone, Time.GetUtcNow(), CancellationToken.None);

    /// <summary>Runs the dispatcher at every <paramref name="step"/> until the clock reaches <paramref name="until"/>.</summary>
    public async Task RunUntilAsync(DigestDispatcher dispatcher, DateTimeOffset until, TimeSpan step)
    {
        while (Time.GetUtcNow() < until)
        {
            await dispatcher.RunOnceAsync(CancellationToken.None);
            Time.Advance(step);
        }
    }

    public void Dispose()
    {
        Meters.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A poster with an idempotency key (as Discord's nonce), recording each post with its key.</summary>
    public Mock<IIdempotentReplyPoster> IdempotentPoster(string surface)
    {
        var mock = new Mock<IIdempotentReplyPoster>(MockBehavior.Strict);
        mock.SetupGet(p => p.Surface).Returns(new Core.Routing.Surface(surface));
        mock.Setup(p => p.PostAsync(It.IsAny<string>(), It.IsAny<Reply>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string conversation, Reply reply, string key, CancellationToken _) =>
            {
                var post = new Post(surface, conversation, Time.GetUtcNow(), reply, key);
                Posts.Enqueue(post);
                return Respond(post);
            });
        return mock;
    }

    private Mock<IReplyPoster> Poster(string surface)
    {
        var mock = new Mock<IReplyPoster>(MockBehavior.Strict);
        mock.SetupGet(p => p.Surface).Returns(new Core.Routing.Surface(surface));
        mock.Setup(p => p.PostAsync(It.IsAny<string>(), It.IsAny<Reply>(), It.IsAny<CancellationToken>()))
            .Returns((string conversation, Reply reply, CancellationToken _) =>
            {
                var post = new Post(surface, conversation, Time.GetUtcNow(), reply);
                Posts.Enqueue(post);
                return Respond(post);
            });
        return mock;
    }
}

/// <param name="Key">The idempotency key the post carried, if its poster takes one.</param>
internal sealed record Post(string Surface, string Conversation, DateTimeOffset At, Reply Reply, string? Key = null)
{
    public bool IsLate => Reply.Blocks.FirstOrDefault() is TextBlock t && t.Text.StartsWith("Sent late", StringComparison.Ordinal);
}
