using System.Text.Json;
using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using GcmBot.Teams;
using GcmBot.Teams.Cards;
using GcmBot.Teams.Connector;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// "/objective N" in-process for N = 1..23: the router (parse, handler, first page), then each
/// surface's renderer and JSON, i.e. what an interaction or a Teams turn does besides HTTP.
/// </summary>
internal static class ObjectiveRun
{
    private static readonly ChatContext Context = new(Surface.Discord, "200000000000000002", "400000000000000004");

    public static ObjectiveFigures Run(AppServices app, int rounds)
    {
        var texts = Enumerable.Range(1, 23).Select(n => $"objective {n}").ToList();
        var replies = texts.Select(t => Route(app, t)).ToList();
        return new ObjectiveFigures(
            RouteOnly: Sampler.Run(texts, rounds, t => Route(app, t)),
            DiscordOnly: Sampler.Run(replies, rounds, r => Discord(app, r)),
            TeamsOnly: Sampler.Run(replies, rounds, r => Teams(app, r)),
            RouteDiscord: Sampler.Run(texts, rounds, t => Discord(app, Route(app, t))),
            RouteTeams: Sampler.Run(texts, rounds, t => Teams(app, Route(app, t))),
            RouteDiscordFresh: Sampler.Run(texts, rounds, t => DiscordFresh(Route(app, t))),
            RouteTeamsFresh: Sampler.Run(texts, rounds, t => TeamsFresh(Route(app, t))),
            DiscordMessages: replies.Max(r => app.Discord.Render(r).Count),
            TeamsCards: replies.Max(r => app.Teams.Render(r).Count));
    }

    /// <summary>The router's reply; the handler completes synchronously, so this never blocks.</summary>
    public static Reply Route(AppServices app, string text) =>
        app.Router.RouteAsync(new ChatRequest(text, Context), CancellationToken.None).GetAwaiter().GetResult().Reply;

    /// <summary>The interaction response body: the first message inline (the rest would be follow-ups).</summary>
    public static int Discord(AppServices app, Reply reply) =>
        DiscordJson.Serialize(new InteractionResponse(InteractionResponse.ChannelMessage, app.Discord.Render(reply)[0])).Length;

    /// <summary>Before the rendered replies were kept: a renderer that has never seen the reply renders it anew.</summary>
    public static int DiscordFresh(Reply reply) =>
        DiscordJson.Serialize(new InteractionResponse(InteractionResponse.ChannelMessage, new ReplyRenderer().Render(reply)[0])).Length;

    /// <summary>Before, for Teams: the card built anew for every request.</summary>
    public static int TeamsFresh(Reply reply) =>
        new AdaptiveCardRenderer(FreshTeamsOptions).Render(reply).Sum(a => JsonSerializer.Serialize(a, BotJson.Options).Length);

    private static readonly Microsoft.Extensions.Options.IOptions<TeamsOptions> FreshTeamsOptions =
        Microsoft.Extensions.Options.Options.Create(new TeamsOptions());

    /// <summary>Every card activity as the Connector would receive it.</summary>
    public static int Teams(AppServices app, Reply reply) =>
        app.Teams.Render(reply).Sum(a => JsonSerializer.Serialize(a, BotJson.Options).Length);
}

internal sealed record ObjectiveFigures(
    Timing RouteOnly,
    Timing DiscordOnly,
    Timing TeamsOnly,
    Timing RouteDiscord,
    Timing RouteTeams,
    Timing RouteDiscordFresh,
    Timing RouteTeamsFresh,
    int DiscordMessages,
    int TeamsCards);
