using System.Text.Json;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using GcmBot.Teams;
using GcmBot.Teams.Cards;
using GcmBot.Teams.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Replies;

/// <summary>
/// The objective and action replies are rendered once per surface and then served from memory. The renderer is
/// the only source: for every objective and every action, what the app's renderers hand out the second time is
/// the very object of the first time, and it serializes to exactly what a renderer that never saw the reply
/// makes of it now (the expectation is a fresh render, not a stored copy).
/// </summary>
public sealed class RenderedRepliesTests : IClassFixture<RenderedRepliesTests.App>
{
    private static readonly ChatContext Context = new(Surface.Local, "c", "u");
    private static readonly IOptions<TeamsOptions> TeamsSettings = Options.Create(new TeamsOptions());
    private readonly App _app;

    public RenderedRepliesTests(App app) => _app = app ?? throw new ArgumentNullException(nameof(app));

    [Fact]
    public async Task EveryObjectiveAndAction_OnDiscordAndTeams_ServedFromMemoryAndEqualToAFreshRender()
    {
        var discord = new ReplyRenderer();
        var teams = new AdaptiveCardRenderer(TeamsSettings);
        var checkedReplies = 0;
        foreach (var command in await CommandsAsync())
        {
            var first = await RouteAsync(command);
            var second = await RouteAsync(command);
            Assert.Same(first, second);

            var discordFirst = discord.Render(first);
            Assert.Same(discordFirst, discord.Render(second));
            Assert.Equal(Json(new ReplyRenderer().Render(first)), Json(discordFirst));

            var teamsFirst = teams.Render(first);
            Assert.Same(teamsFirst, teams.Render(second));
            Assert.Equal(Json(new AdaptiveCardRenderer(TeamsSettings).Render(first)), Json(teamsFirst));
            checkedReplies++;
        }

        // The issue counts 23 objectives and 178 actions; objectives whose reply runs to several pages are left out
        // (their pages are cut per request), so at least the actions must all be there.
        Assert.True(checkedReplies >= 150, $"only {checkedReplies} replies checked");
    }

    [Fact]
    public async Task ReplyOtherThanAnObjective_IsRenderedAfresh()
    {
        var discord = new ReplyRenderer();

        var first = await RouteAsync("objective 99");
        var second = await RouteAsync("objective 99");

        Assert.NotSame(first, second);
        Assert.NotSame(discord.Render(first), discord.Render(second));
        Assert.Equal(Json(discord.Render(first)), Json(discord.Render(second)));
    }

    private async Task<List<string>> CommandsAsync()
    {
        var commands = new List<string>();
        foreach (var n in Enumerable.Range(1, 23))
        {
            var objective = await RouteAsync($"objective {n}");
            if (objective.Page is null)
            {
                commands.Add($"objective {n}");
            }

            commands.AddRange(objective.Blocks.OfType<ActionListBlock>().SelectMany(b => b.Items).Select(i => $"objective {n} {i.Letter}"));
        }

        return commands;
    }

    private async Task<Reply> RouteAsync(string text) =>
        (await _app.Services.GetRequiredService<ICommandRouter>().RouteAsync(new ChatRequest(text, Context), CancellationToken.None)).Reply;

    private static string Json(IReadOnlyList<DiscordMessage> messages) => JsonSerializer.Serialize(messages, DiscordJson.Options);

    private static string Json(IReadOnlyList<Activity> activities) => JsonSerializer.Serialize(activities, BotJson.Options);

    /// <summary>The real app, so replies carry their real cross-references.</summary>
    public sealed class App : IDisposable
    {
        private readonly GcmBotFactory _factory = new();

        public IServiceProvider Services => _factory.Services;

        public void Dispose() => _factory.Dispose();
    }
}
