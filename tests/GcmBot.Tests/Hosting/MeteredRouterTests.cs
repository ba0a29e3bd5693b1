using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Hosting;

/// <summary>The router decorator: one count and one duration per answer, tagged with surface and the command that ran.</summary>
public sealed class MeteredRouterTests : IDisposable
{
    private readonly TestMeters _meters = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly List<string> _ran = [];

    public void Dispose() => _meters.Dispose();

    [Fact]
    public async Task RouteAsync_Command_CountsOneQuestionAndRecordsItsDuration()
    {
        var router = Router(TimeSpan.FromMilliseconds(250));

        await router.RouteAsync(new ChatRequest("/objective 13", new ChatContext("discord", "c1", "u1")), CancellationToken.None);

        var question = Assert.Single(_meters.Recorder.Of("gcmbot.questions"));
        var duration = Assert.Single(_meters.Recorder.Of("gcmbot.answer.duration"));
        Assert.Equal((1d, "discord", "objective"), (question.Value, question["surface"], question["command"]));
        Assert.Equal((250d, "discord", "objective"), (duration.Value, duration["surface"], duration["command"]));
    }

    [Theory]
    [InlineData("13(h)", "objective")]
    [InlineData("o 13", "objective")]
    [InlineData("para 67", "paragraph")]
    [InlineData("what does it say about remittances", "ask")]
    [InlineData("", "help")]
    [InlineData("/nonsense", "unknown")]
    public async Task RouteAsync_Text_TaggedWithTheFirstNameOfTheHandlerThatRan(string text, string command)
    {
        var router = Router(TimeSpan.Zero);

        await router.RouteAsync(new ChatRequest(text, new ChatContext("teams", "c1", "u1")), CancellationToken.None);

        Assert.Equal(command, Assert.Single(_meters.Recorder.Of("gcmbot.questions"))["command"]);
        Assert.Equal(command == "unknown" ? [] : [command], _ran);
    }

    [Fact]
    public async Task RouteAsync_TooLong_TaggedTooLongNotWithTheText()
    {
        var router = Router(TimeSpan.Zero);

        await router.RouteAsync(new ChatRequest("objective " + new string('x', 3000), new ChatContext("local", "c1", "u1")), CancellationToken.None);

        Assert.Equal("too_long", Assert.Single(_meters.Recorder.Of("gcmbot.answer.duration"))["command"]);
        Assert.Empty(_ran);
    }

    private MeteredRouter Router(TimeSpan takes) => new(
        new CommandRouter(
        [
            new Handler(["objective", "objectives", "obj", "o"], this, takes),
            new Handler(["paragraph", "pd", "para"], this, takes),
            new Handler(["ask"], this, takes),
            new Handler(["help"], this, takes),
        ]),
        _meters.Metrics,
        _time);

    /// <summary>Records that it ran (by its first name) and moves the fake clock by how long it "takes".</summary>
    private sealed class Handler(IReadOnlyList<string> names, MeteredRouterTests test, TimeSpan takes) : ICommandHandler
    {
        public IReadOnlyList<string> Names => names;

        public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
        {
            test._ran.Add(names[0]);
            test._time.Advance(takes);
            return Task.FromResult(Reply.Simple(ReplyKind.Answer, names[0], arguments));
        }
    }
}
