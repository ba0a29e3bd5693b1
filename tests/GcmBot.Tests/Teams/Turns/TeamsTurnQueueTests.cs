using GcmBot.Teams;
using GcmBot.Teams.Connector;
using GcmBot.Teams.Turns;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>
/// The turn queue on its own, with a runner the test holds: a turn whose lane is idle runs on the caller's thread, the
/// rest wait in their lane in order, a full lane refuses, and stopping drains or (past the deadline) drops.
/// </summary>
public sealed class TeamsTurnQueueTests
{
    // Turns go on on other threads once released (xUnit's context, the thread pool), hence the concurrent maps.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> held = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Text, int Thread)> started = [];

    private string[] StartedTexts() => [.. started.Select(s => s.Text)];

    [Fact]
    public async Task TryEnqueue_IdleLane_TheTurnRunsOnTheCallersThreadWhenItIsRun()
    {
        var queue = Started(new TeamsTurnQueue(Options(lanes: 4), NullLogger<TeamsTurnQueue>.Instance));

        var admission = queue.TryEnqueue(Message("a", "first"));
        Assert.True(admission.Accepted);
        Assert.NotNull(admission.Lane);

        // Claimed, not yet run: the endpoint writes its 200 before it runs the turn.
        Assert.Empty(started);
        admission.RunIfClaimed();

        // The runner's synchronous part ran inside RunIfClaimed, on this thread (no hand-over to another).
        Assert.Equal([("first", Environment.CurrentManagedThreadId)], started);
        Assert.Equal(1, queue.Unfinished);
        held["first"].SetResult();
        await Eventually.WaitUntil(() => queue.Unfinished == 0);
    }

    [Fact]
    public async Task TryEnqueue_TurnUnderWayInTheConversation_WaitsAndRunsAfterItInOrder()
    {
        var queue = Started(new TeamsTurnQueue(Options(lanes: 4), NullLogger<TeamsTurnQueue>.Instance));
        queue.TryEnqueue(Message("a", "1")).RunIfClaimed();

        var second = queue.TryEnqueue(Message("a", "2"));
        var third = queue.TryEnqueue(Message("a", "3"));

        // Queued behind the turn under way: nothing for the caller to run, nothing started.
        Assert.True(second.Accepted && third.Accepted);
        Assert.Null(second.Lane);
        Assert.Null(third.Lane);
        Assert.Equal(2, queue.Count);
        Assert.Equal(["1"], StartedTexts());

        // The lane's runner takes them one at a time, in arrival order, as each finishes.
        held["1"].SetResult();
        await Eventually.WaitUntil(() => started.Count == 2, StartedTexts);
        Assert.Equal(["1", "2"], StartedTexts());

        // "2" left the lane's queue when it started; "3" still waits.
        Assert.Equal(1, queue.Count);
        held["2"].SetResult();
        await Eventually.WaitUntil(() => started.Count == 3, StartedTexts);
        Assert.Equal(["1", "2", "3"], StartedTexts());
        held["3"].SetResult();
        await Eventually.WaitUntil(() => queue.Unfinished == 0);
    }

    [Fact]
    public void TryEnqueue_LaneFull_IsRefusedAndNotCounted()
    {
        // One lane: every conversation shares it. One turn under way plus CapacityPerLane waiting fills it.
        var queue = Started(new TeamsTurnQueue(Options(lanes: 1), NullLogger<TeamsTurnQueue>.Instance));
        queue.TryEnqueue(Message("a", "under way")).RunIfClaimed();
        for (var i = 0; i < TeamsTurnQueue.CapacityPerLane; i++)
        {
            Assert.True(queue.TryEnqueue(Message("c" + i, "waiting " + i)).Accepted);
        }

        var refused = queue.TryEnqueue(Message("other", "one too many"));

        Assert.False(refused.Accepted);
        Assert.Equal(1 + TeamsTurnQueue.CapacityPerLane, queue.Unfinished);
    }

    [Fact]
    public async Task Complete_TurnsUnderWayAndQueued_DrainedOnlyOnceAllHaveRunAndNewOnesAreRefused()
    {
        var queue = Started(new TeamsTurnQueue(Options(lanes: 4), NullLogger<TeamsTurnQueue>.Instance));
        queue.TryEnqueue(Message("a", "1")).RunIfClaimed();
        queue.TryEnqueue(Message("a", "2"));

        queue.Complete();

        Assert.False(queue.TryEnqueue(Message("b", "after stop")).Accepted);
        Assert.False(queue.Drained.IsCompleted);
        held["1"].SetResult();
        await Eventually.WaitUntil(() => started.Count == 2, StartedTexts);
        Assert.False(queue.Drained.IsCompleted);
        held["2"].SetResult();
        await queue.Drained.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["1", "2"], StartedTexts());
    }

    [Fact]
    public async Task Deadline_TurnUnderWayAndQueued_TheQueuedAreDroppedAndTheQueueDrains()
    {
        using var deadline = new CancellationTokenSource();
        var queue = new TeamsTurnQueue(Options(lanes: 4), NullLogger<TeamsTurnQueue>.Instance);
        queue.Start(RunAsync, deadline.Token);
        queue.TryEnqueue(Message("a", "1")).RunIfClaimed();
        queue.TryEnqueue(Message("a", "2"));
        queue.Complete();

        // The runner's turn sees the deadline (it waits on it), as a real turn's HTTP call would.
        await deadline.CancelAsync();

        await queue.Drained.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["1"], StartedTexts());
        Assert.Equal(0, queue.Unfinished);
    }

    [Fact]
    public void Start_TurnsQueuedBeforeTheRunnerCame_RunThen()
    {
        var queue = new TeamsTurnQueue(Options(lanes: 4), NullLogger<TeamsTurnQueue>.Instance);
        var early = queue.TryEnqueue(Message("a", "early"));
        Assert.True(early.Accepted);
        Assert.Null(early.Lane);

        Started(queue);

        Assert.Equal(["early"], StartedTexts());
    }

    private TeamsTurnQueue Started(TeamsTurnQueue queue)
    {
        queue.Start(RunAsync, CancellationToken.None);
        return queue;
    }

    // Records the turn synchronously (which thread it started on), then waits until the test lets it finish.
    private Task RunAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text!;
        var release = new TaskCompletionSource();
        held[text] = release;
        started.Enqueue((text, Environment.CurrentManagedThreadId));
        return release.Task.WaitAsync(cancellationToken);
    }

    private static IOptions<TeamsOptions> Options(int lanes) => Microsoft.Extensions.Options.Options.Create(new TeamsOptions { MaxConcurrentTurns = lanes });

    private static Activity Message(string conversation, string text) =>
        new() { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount(conversation) };
}
