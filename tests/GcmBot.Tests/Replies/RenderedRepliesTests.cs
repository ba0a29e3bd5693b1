using System.Text.Json;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Corpus;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Core.Handlers;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using GcmBot.LocalChat;
using GcmBot.Teams;
using GcmBot.Teams.Cards;
using GcmBot.Teams.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace GcmBot.Tests.Replies;

/// <summary>
/// The objective and action replies, and each page of the long ones, are routed, rendered and serialized once per
/// surface and then served from memory. The renderers and the serializer are the only source: for every objective
/// page and every action, the app hands out the very objects of the first time, and the bytes it serves (a Discord
/// interaction response, a Teams activity with its per-request fields filled in, the local chat JSON) equal, byte
/// for byte, what a router and renderers that never saw the reply make of it, serialized by the normal path
/// (JsonSerializer with each surface's options). The expectation is that fresh render, never a stored copy.
/// </summary>
public sealed class RenderedRepliesTests : IClassFixture<RenderedRepliesTests.App>
{
    private static readonly ChatContext Context = new(Surface.Local, "c", "u");
    private static readonly IOptions<TeamsOptions> TeamsSettings = Options.Create(new TeamsOptions());

    // Per-request fields of a Teams reply, with characters JSON must escape ("&" is written as is by BotJson's relaxed encoder).
    private static readonly ChannelAccount Bot = new("28:bot-id", "GcmBot \"test\"");
    private static readonly ChannelAccount User = new("29:user-id", "Zoë & Ana");
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1700000000000";
    private const string ReplyToId = "1700000000001";

    private readonly App _app;

    public RenderedRepliesTests(App app) => _app = app ?? throw new ArgumentNullException(nameof(app));

    [Fact]
    public async Task EveryObjectivePageAndAction_OnEverySurface_ServedFromMemoryAndByteForByteAFreshRender()
    {
        var fresh = FreshRouter();
        var commands = await CommandsAsync();
        foreach (var command in commands)
        {
            var served = await RouteAsync(_app.Router, command);
            Assert.Same(served, await RouteAsync(_app.Router, command));
            var expected = await RouteAsync(fresh, command);
            Assert.NotSame(expected, served);

            AssertDiscord(served, expected, command);
            AssertTeams(served, expected, command);

            var local = _app.LocalJson.Of(served);
            Assert.Same(local, _app.LocalJson.Of(served));
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(expected, _app.HttpJson), local);
        }

        // Derived from the corpus, not from the replies: one command per page of each objective, one per action.
        var actions = _app.Corpus.Objectives.Sum(o => (o.Defect?.ZeroDraftVersion?.Actions.Count ?? o.Actions.Count));
        Assert.True(commands.Count >= 23 + actions, $"{commands.Count} commands for 23 objectives and {actions} actions");
        Assert.True(actions >= 150, $"only {actions} actions in the corpus");
    }

    [Fact]
    public async Task PageButton_ServesTheSamePageObjectAsTypingThePage()
    {
        foreach (var n in Enumerable.Range(1, 23))
        {
            var first = await RouteAsync(_app.Router, $"objective {n}");
            if (first.Page is null)
            {
                continue;
            }

            var next = first.Actions.Single(a => a.Label == "Next page").Command;
            Assert.True(PageTokens.IsToken(next));
            Assert.Same(await RouteAsync(_app.Router, $"objective {n} page 2"), await RouteAsync(_app.Router, next));
            return;
        }

        Assert.Fail("no objective runs to several pages; the page cache is not exercised");
    }

    [Fact]
    public async Task ReplyOtherThanAnObjective_IsRenderedAfresh()
    {
        var discord = new ReplyRenderer();

        var first = await RouteAsync(_app.Router, "objective 99");
        var second = await RouteAsync(_app.Router, "objective 99");

        Assert.NotSame(first, second);
        Assert.NotSame(discord.Render(first), discord.Render(second));
        Assert.Equal(Json(discord.Render(first)), Json(discord.Render(second)));
    }

    private void AssertDiscord(Reply served, Reply expected, string command)
    {
        foreach (var ephemeral in new[] { false, true })
        {
            var messages = _app.Discord.Render(served, ephemeral);
            Assert.Same(messages, _app.Discord.Render(served, ephemeral));
            var freshMessages = new ReplyRenderer().Render(expected)
                .Select(m => ephemeral ? m with { Flags = DiscordMessage.EphemeralFlag } : m).ToList();
            Assert.Equal(freshMessages.Count, messages.Count);
            for (var i = 0; i < messages.Count; i++)
            {
                foreach (var type in new[] { InteractionResponse.ChannelMessage, InteractionResponse.UpdateMessage })
                {
                    var body = InteractionBody.For(new InteractionResponse(type, messages[i]));
                    var bytes = body.ToArray();
                    var want = DiscordJson.Serialize(new InteractionResponse(type, freshMessages[i]));
                    Assert.Equal(want.Length, body.Length);
                    Assert.True(want.AsSpan().SequenceEqual(bytes), $"Discord response for \"{command}\", message {i + 1}, ephemeral {ephemeral}");
                }
            }
        }
    }

    private void AssertTeams(Reply served, Reply expected, string command)
    {
        var parts = _app.Teams.Render(served);
        Assert.Same(parts, _app.Teams.Render(served));
        var freshParts = new AdaptiveCardRenderer(TeamsSettings).Render(expected);
        Assert.Equal(freshParts.Count, parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            // As TeamsReplySender fills them in for a reply to an activity, and for a proactive post (no reply-to, no user).
            foreach (var (user, replyTo) in new[] { (User, ReplyToId), ((ChannelAccount?)null, (string?)null) })
            {
                Activity Fill(Activity part) => part with { From = Bot, Recipient = user, Conversation = new ConversationAccount(ConversationId), ReplyToId = replyTo };
                var bytes = ActivityJson.For(Fill(parts[i])).ToArray();
                var want = JsonSerializer.SerializeToUtf8Bytes(Fill(freshParts[i]), BotJson.Options);
                Assert.True(want.AsSpan().SequenceEqual(bytes), $"Teams activity for \"{command}\", card {i + 1}, reply-to {replyTo ?? "none"}");
            }
        }
    }

    /// <summary>Every page of every objective ("objective 13 page 2") and every action, letters read from the corpus.</summary>
    private async Task<List<string>> CommandsAsync()
    {
        var commands = new List<string>();
        foreach (var objective in _app.Corpus.Objectives)
        {
            var first = await RouteAsync(_app.Router, $"objective {objective.Number}");
            commands.AddRange(Enumerable.Range(1, first.Page?.Count ?? 1).Select(page => page == 1 ? $"objective {objective.Number}" : $"objective {objective.Number} page {page}"));
            var letters = objective.Defect?.ZeroDraftVersion?.Actions ?? objective.Actions;
            commands.AddRange(letters.Select(a => $"objective {objective.Number} {a.Letter}"));
        }

        Assert.Contains(commands, c => c.Contains(" page ", StringComparison.Ordinal));
        return commands;
    }

    /// <summary>A router over a new ObjectiveReplies (the same corpus and cross-references): it has never built a reply.</summary>
    private CommandRouter FreshRouter() =>
        new([new ObjectiveCommandHandler(_app.Corpus, new ObjectiveReplies(_app.Corpus, _app.Services.GetRequiredService<IObjectiveCrossReferences>()))],
            new PageTokens(TimeProvider.System));

    private static async Task<Reply> RouteAsync(ICommandRouter router, string text) =>
        (await router.RouteAsync(new ChatRequest(text, Context), CancellationToken.None)).Reply;

    private static string Json(IReadOnlyList<DiscordMessage> messages) => JsonSerializer.Serialize(messages, DiscordJson.Options);

    /// <summary>The real app, so replies carry their real cross-references; its own renderers and serializers.</summary>
    public sealed class App : IDisposable
    {
        private readonly GcmBotFactory _factory = new();

        public IServiceProvider Services => _factory.Services;

        public ICommandRouter Router => Services.GetRequiredService<ICommandRouter>();

        public GcmCorpus Corpus => Services.GetRequiredService<GcmCorpus>();

        // Neither platform is configured here, so the app has no renderers of its own: one each, kept as the app keeps its.
        internal ReplyRenderer Discord { get; } = new();

        internal AdaptiveCardRenderer Teams { get; } = new(TeamsSettings);

        internal ReplyJson LocalJson => Services.GetRequiredService<ReplyJson>();

        public JsonSerializerOptions HttpJson => Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;

        public void Dispose() => _factory.Dispose();
    }
}
