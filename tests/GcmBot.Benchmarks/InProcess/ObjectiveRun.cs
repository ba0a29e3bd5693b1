using System.Buffers;
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
            RouteDiscordKept: Sampler.Run(texts, rounds, t => DiscordKeptRender(app, Route(app, t))),
            RouteTeamsKept: Sampler.Run(texts, rounds, t => TeamsKeptRender(app, Route(app, t))),
            RouteDiscordFresh: Sampler.Run(texts, rounds, t => DiscordFresh(Route(app, t))),
            RouteTeamsFresh: Sampler.Run(texts, rounds, t => TeamsFresh(Route(app, t))),
            DiscordMessages: replies.Max(r => app.Discord.Render(r).Count),
            TeamsCards: replies.Max(r => app.Teams.Render(r).Count));
    }

    /// <summary>The router's reply; the handler completes synchronously, so this never blocks.</summary>
    public static Reply Route(AppServices app, string text) =>
        app.Router.RouteAsync(new ChatRequest(text, Context), CancellationToken.None).GetAwaiter().GetResult().Reply;

    /// <summary>
    /// The interaction response body as the endpoint writes it: the first message inline (the rest would be follow-ups),
    /// its JSON from memory, written into a buffer as into the response's pipe.
    /// </summary>
    public static int Discord(AppServices app, Reply reply)
    {
        var body = InteractionBody.For(new InteractionResponse(InteractionResponse.ChannelMessage, app.Discord.Render(reply, ephemeral: false)[0]));
        Pipe.ResetWrittenCount();
        body.WriteTo(Pipe);
        return Pipe.WrittenCount;
    }

    /// <summary>Before the JSON was kept: the kept render, serialized for every request.</summary>
    public static int DiscordKeptRender(AppServices app, Reply reply) =>
        DiscordJson.Serialize(new InteractionResponse(InteractionResponse.ChannelMessage, app.Discord.Render(reply)[0])).Length;

    /// <summary>Before the rendered replies were kept: a renderer that has never seen the reply renders it anew.</summary>
    public static int DiscordFresh(Reply reply) =>
        DiscordJson.Serialize(new InteractionResponse(InteractionResponse.ChannelMessage, new ReplyRenderer().Render(reply)[0])).Length;

    /// <summary>
    /// Every card activity as the Connector receives it, as TeamsReplySender and BotConnectorClient make it: the part
    /// with this request's conversation, reply-to id and accounts, its envelope serialized and the card's JSON from
    /// memory, written piece by piece as to the request stream.
    /// </summary>
    public static int Teams(AppServices app, Reply reply)
    {
        var length = 0;
        foreach (var part in app.Teams.Render(reply))
        {
            var body = ActivityJson.For(InConversation(part));
            Stream.Position = 0;
            body.WriteToAsync(Stream, CancellationToken.None).GetAwaiter().GetResult();
            length += body.Length;
        }

        return length;
    }

    /// <summary>Before the card's JSON was kept: the kept card, the whole activity serialized to a string per request (as the Connector client did).</summary>
    public static int TeamsKeptRender(AppServices app, Reply reply) =>
        app.Teams.Render(reply).Sum(a => System.Text.Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(InConversation(a), BotJson.Options)));

    /// <summary>Before the cards were kept: the card built anew for every request.</summary>
    public static int TeamsFresh(Reply reply) =>
        new AdaptiveCardRenderer(FreshTeamsOptions).Render(reply).Sum(a => JsonSerializer.Serialize(InConversation(a), BotJson.Options).Length);

    private static readonly Microsoft.Extensions.Options.IOptions<TeamsOptions> FreshTeamsOptions =
        Microsoft.Extensions.Options.Options.Create(new TeamsOptions());

    private static readonly ArrayBufferWriter<byte> Pipe = new(64 * 1024);
    private static readonly MemoryStream Stream = new(64 * 1024);
    private static readonly ChannelAccount Bot = new("28:bot-id", "GcmBot");
    private static readonly ChannelAccount User = new("29:user-id", "Delegate");

    // The per-request parts of a reply in a Teams conversation (TeamsReplySender).
    private static Activity InConversation(Activity part) =>
        part with { From = Bot, Recipient = User, Conversation = new ConversationAccount("19:bench@thread.tacv2"), ReplyToId = "1700000000001" };
}

internal sealed record ObjectiveFigures(
    Timing RouteOnly,
    Timing DiscordOnly,
    Timing TeamsOnly,
    Timing RouteDiscord,
    Timing RouteTeams,
    Timing RouteDiscordKept,
    Timing RouteTeamsKept,
    Timing RouteDiscordFresh,
    Timing RouteTeamsFresh,
    int DiscordMessages,
    int TeamsCards);
