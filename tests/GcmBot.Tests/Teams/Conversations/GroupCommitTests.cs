using GcmBot.Teams.Conversations;

namespace GcmBot.Tests.Teams.Conversations;

/// <summary>Saves made while one is written share the next write; each returns only once its own write has ended.</summary>
public sealed class GroupCommitTests
{
    private readonly List<string[]> _writes = [];
    private readonly Queue<TaskCompletionSource> _gates = new();

    [Fact]
    public async Task SaveAsync_NoWriteUnderWay_WrittenAloneOnTheCallersCall()
    {
        var commit = new GroupCommit<string>(WriteAsync);

        await commit.SaveAsync("a", CancellationToken.None);

        Assert.Equal(["a"], Assert.Single(_writes));
    }

    [Fact]
    public async Task SaveAsync_WhileAWriteIsUnderWay_WaitsThenSharesOneWrite()
    {
        var (_, b, c, second) = await TwoSavesWaitingForTheSecondWriteAsync();
        var waiting = (b.IsCompleted, c.IsCompleted);

        second.SetResult();
        await Task.WhenAll(b, c);

        Assert.Equal((false, false), waiting);
        Assert.Equal([["a"], ["b", "c"]], _writes);
    }

    [Fact]
    public async Task SaveAsync_WriteFails_EverySaveOfThatWriteThrowsAndTheNextIsWritten()
    {
        var (commit, b, c, second) = await TwoSavesWaitingForTheSecondWriteAsync();
        var disk = new IOException("disk full");

        second.SetException(disk);

        Assert.Same(disk, await Assert.ThrowsAsync<IOException>(() => b));
        Assert.Same(disk, await Assert.ThrowsAsync<IOException>(() => c));
        await commit.SaveAsync("d", CancellationToken.None);
        Assert.Equal([["a"], ["b", "c"], ["d"]], _writes);
    }

    [Fact]
    public async Task SaveAsync_FirstWriteFails_ItsCallerThrowsAndTheWaitingSavesAreStillWritten()
    {
        var first = Gate();
        var commit = new GroupCommit<string>(WriteAsync);
        var a = commit.SaveAsync("a", CancellationToken.None);
        var b = commit.SaveAsync("b", CancellationToken.None);

        first.SetException(new IOException("locked"));

        await Assert.ThrowsAsync<IOException>(() => a);
        await b;
        Assert.Equal([["a"], ["b"]], _writes);
    }

    [Fact]
    public async Task SaveAsync_AlreadyCancelled_NothingWritten()
    {
        var commit = new GroupCommit<string>(WriteAsync);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => commit.SaveAsync("a", new CancellationToken(canceled: true)));
        Assert.Empty(_writes);
    }

    // "a" is written alone (its write held until "b" and "c" are queued), then "b" writes both; that write is held.
    private async Task<(GroupCommit<string> Commit, Task B, Task C, TaskCompletionSource Second)> TwoSavesWaitingForTheSecondWriteAsync()
    {
        var first = Gate();
        var second = Gate();
        var commit = new GroupCommit<string>(WriteAsync);
        var a = commit.SaveAsync("a", CancellationToken.None);
        var b = commit.SaveAsync("b", CancellationToken.None);
        var c = commit.SaveAsync("c", CancellationToken.None);
        Assert.Single(_writes);

        first.SetResult();
        await a;
        await WaitForWritesAsync(2);
        return (commit, b, c, second);
    }

    private TaskCompletionSource Gate()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _gates.Enqueue(gate);
        return gate;
    }

    // Writes go on when their gate opens; once the gates set up are used, at once.
    private Task WriteAsync(IReadOnlyList<string> batch)
    {
        lock (_writes)
        {
            _writes.Add([.. batch]);
            return _gates.TryDequeue(out var gate) ? gate.Task : Task.CompletedTask;
        }
    }

    private Task WaitForWritesAsync(int count) => GcmBot.Tests.Fakes.Eventually.WaitUntil(() =>
    {
        lock (_writes)
        {
            return _writes.Count >= count;
        }
    }, what: $"{count} writes");
}
