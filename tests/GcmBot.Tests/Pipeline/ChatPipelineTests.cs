using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Hosting.RateLimiting;
using GcmBot.Pipeline;
using GcmBot.Tests.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Pipeline;

/// <summary>
/// The one path every chat turn takes: one count and one duration per answer, tagged with the surface and the
/// command the router resolved (the text is parsed once, by the router); the rate limit; one apology on failure.
/// </summary>
public sealed class ChatPipelineTests : IDisposable
{
    private readonly TestMeters _meters = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly List<string> _ran = [];

    public void Dispose() => _meters.Dispose();

    [Fact]
    public async Task AnswerAsync_Command_CountsOneQuestionAndRecordsItsDuration()
    {
        var pipeline = Pipeline(TimeSpan.FromMilliseconds(250));

        await pipeline.AnswerAsync(new ChatRequest("/objective 13", new ChatContext(Surface.Discord, "c1", "u1")), CancellationToken.None);

        var question = Assert.Single(_meters.Recorder.Of("gcmbot.questions"));
        var duration = Assert.Single(_meters.Recorder.Of("gcmbot.answer.duration"));
        Assert.Equal((1d, "discord", "objective"), (question.Value, question["surface"], question["command"]));
        Assert.Equal((250d, "discord", "objective"), (duration.Value, duration["surface"], duration["command"]));
    }

    // Expected tags are the first name of the handler the text names ("o" is an alias of objective, a sentence is a
    // question for ask, empty text is help), as the router's rules state; "unknown" when no handler runs.
    [Theory]
    [InlineData("13(h)", "objective")]
    [InlineData("o 13", "objective")]
    [InlineData("para 67", "paragraph")]
    [InlineData("what does it say about remittances", "ask")]
    [InlineData("", "help")]
    [InlineData("@GcmBot   ", "help")]
    [InlineData("/nonsense", "unknown")]
    public async Task AnswerAsync_Text_TaggedWithTheFirstNameOfTheHandlerThatRan(string text, string command)
    {
        var pipeline = Pipeline(TimeSpan.Zero);

        await pipeline.AnswerAsync(new ChatRequest(text, new ChatContext(Surface.Teams, "c1", "u1")), CancellationToken.None);

        Assert.Equal(command, Assert.Single(_meters.Recorder.Of("gcmbot.questions"))["command"]);
        Assert.Equal(command == "unknown" ? [] : [command], _ran);
    }

    [Fact]
    public async Task AnswerAsync_ParsedCommand_RunsItWithoutReadingTheText()
    {
        var pipeline = Pipeline(TimeSpan.Zero);
        var request = ChatRequest.For(new CommandLine("paragraph", "67", null) { Slash = true }, new ChatContext(Surface.Discord, "c1", "u1"))
            with { Text = "objective 13" };

        var turn = await pipeline.AnswerAsync(request, CancellationToken.None);

        Assert.Equal(["paragraph"], _ran);
        Assert.Equal("67", ((TextBlock)turn.Reply.Blocks[0]).Text);
    }

    [Fact]
    public async Task AnswerAsync_TooLong_TaggedTooLongNotWithTheText()
    {
        var pipeline = Pipeline(TimeSpan.Zero);

        await pipeline.AnswerAsync(new ChatRequest("objective " + new string('x', 3000), new ChatContext(Surface.Local, "c1", "u1")), CancellationToken.None);

        Assert.Equal("too_long", Assert.Single(_meters.Recorder.Of("gcmbot.answer.duration"))["command"]);
        Assert.Empty(_ran);
    }

    [Fact]
    public async Task AnswerAsync_RouterThrows_TheOneApologyAndNoMetric()
    {
        var pipeline = Pipeline(TimeSpan.Zero, fail: true);

        var turn = await pipeline.AnswerAsync(new ChatRequest("objective 13", new ChatContext(Surface.Local, "c1", "u1")), CancellationToken.None);

        Assert.Same(ChatPipeline.FailureReply, turn.Reply);
        Assert.Equal((ReplyKind.Error, "Something went wrong"), (turn.Reply.Kind, turn.Reply.Title));
        Assert.Empty(_meters.Recorder.Of("gcmbot.questions"));
    }

    [Fact]
    public async Task AnswerAsync_PastTheLimit_RefusalOnceThenAlreadyToldAndNothingRuns()
    {
        // Two permits per person (configured below): the third message is refused and the sender told, the fourth refused quietly.
        var pipeline = Pipeline(TimeSpan.Zero);
        var request = new ChatRequest("objective 13", new ChatContext(Surface.Discord, "c1", "u1"));

        var turns = new List<ChatTurn>();
        for (var i = 0; i < 4; i++)
        {
            turns.Add(await pipeline.AnswerAsync(request, CancellationToken.None));
        }

        Assert.Equal([false, false, false, true], turns.Select(t => t.AlreadyTold));
        Assert.Equal(["objective", "objective", "One moment, please", "One moment, please"], turns.Select(t => t.Reply.Title));
        Assert.Equal(2, _ran.Count);
    }

    [Fact]
    public async Task AnswerAsync_AlreadyAdmitted_DoesNotTakeAnotherPermit()
    {
        var pipeline = Pipeline(TimeSpan.Zero);
        var context = new ChatContext(Surface.Teams, "c1", "u1");

        // Admitted twice (both permits), then answered under those verdicts: no third check refuses them.
        var verdicts = new[] { pipeline.Admit(context), pipeline.Admit(context) };
        foreach (var verdict in verdicts)
        {
            await pipeline.AnswerAsync(new ChatRequest("objective 13", context), verdict, CancellationToken.None);
        }

        Assert.Equal(2, _ran.Count);
        Assert.False(pipeline.Admit(context).IsAllowed);
    }

    private ChatPipeline Pipeline(TimeSpan takes, bool fail = false)
    {
        var router = new CommandRouter(
        [
            new Handler(["objective", "objectives", "obj", "o"], this, takes, fail),
            new Handler(["paragraph", "pd", "para"], this, takes, fail),
            new Handler(["ask"], this, takes, fail),
            new Handler(["help"], this, takes, fail),
        ]);
        var limits = Options.Create(new RateLimitOptions { UserPermits = 2, ConversationPermits = 100, Window = TimeSpan.FromMinutes(1) });
        var limiter = new ChatRateLimiter(limits, NullLogger<ChatRateLimiter>.Instance, _time);
        return new ChatPipeline(router, limiter, _meters.Metrics, _time, NullLogger<ChatPipeline>.Instance);
    }

    /// <summary>Records that it ran (by its first name) and moves the fake clock by how long it "takes".</summary>
    private sealed class Handler(IReadOnlyList<string> names, ChatPipelineTests test, TimeSpan takes, bool fail) : ICommandHandler
    {
        public IReadOnlyList<string> Names => names;

        public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
        {
            if (fail)
            {
                throw new InvalidOperationException("index missing");
            }

            test._ran.Add(names[0]);
            test._time.Advance(takes);
            return Task.FromResult(Reply.Simple(ReplyKind.Answer, names[0], arguments));
        }
    }
}
