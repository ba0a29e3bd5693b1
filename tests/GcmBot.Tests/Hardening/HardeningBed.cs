using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GcmBot.Discord.Interactions;
using GcmBot.Teams.Turns;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// The app with all three chat surfaces on (local chat, Discord interactions, Teams in Emulator mode),
/// the real router, a fake Discord and a fake Teams Connector on loopback, and fake secrets configured.
/// </summary>
internal sealed class HardeningBed : IAsyncDisposable
{
    private HardeningBed(FakeDiscordServer discord, FakeConnector connector, HardeningState state, HardeningHost host, HttpClient client)
    {
        Discord = discord;
        Connector = connector;
        State = state;
        Host = host;
        Client = client;
    }

    public FakeDiscordServer Discord { get; }

    public FakeConnector Connector { get; }

    public HardeningState State { get; }

    public HardeningHost Host { get; }

    public HttpClient Client { get; }

    public static async Task<HardeningBed> StartAsync(Dictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var discord = await FakeDiscordServer.StartAsync();
        var connector = await FakeConnector.StartAsync();
        var state = new HardeningState();
        var settings = state.Settings();
        settings["LocalChat:Enabled"] = "true";
        settings["Discord:ApplicationId"] = DiscordTestHost.ApplicationId;
        settings["Discord:PublicKey"] = TestKeys.Application.PublicKeyHex;
        settings["Discord:BotToken"] = Leaks.Secrets[0];
        settings["Discord:ApiBaseUrl"] = discord.ApiBaseUrl;
        settings["Discord:EnableGateway"] = "false";
        settings["Discord:RegisterCommands"] = "false";
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var host = new HardeningHost(settings, services);
        return new HardeningBed(discord, connector, state, host, host.Start());
    }

    public Task<HttpResponseMessage> PostChatAsync(HostileBody body) => PostAsync("/api/chat", body, null);

    public Task<HttpResponseMessage> PostActivityAsync(HostileBody body) => PostAsync("/api/messages", body, null);

    /// <summary>Signed with the application's key, as Discord signs: the body itself is what is hostile.</summary>
    public Task<HttpResponseMessage> PostInteractionAsync(HostileBody body)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return PostAsync("/discord/interactions", body, new()
        {
            ["X-Signature-Ed25519"] = TestKeys.Application.Sign(timestamp, body.Bytes),
            ["X-Signature-Timestamp"] = timestamp,
        });
    }

    /// <summary>A Teams message as the Emulator would send it, replies going to the fake Connector.</summary>
    public JsonObject TeamsMessage(string text, string conversationId = TestActivities.PersonalConversation) =>
        TestActivities.Message(Connector.ServiceUrl, text, conversationId);

    /// <summary>
    /// The Connector's activities once every Teams turn and Discord follow-up the app accepted is finished
    /// (Teams answers after the HTTP 200): the app's own queues say when they are idle.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedActivity>> SettledRepliesAsync()
    {
        var turns = Host.Services.GetRequiredService<TeamsTurnQueue>();
        var followUps = Host.Services.GetRequiredService<FollowUpQueue>();
        await Eventually.WaitUntil(
            () => turns.Unfinished == 0 && followUps.Unfinished == 0,
            () => $"{turns.Unfinished} Teams turn(s) and {followUps.Unfinished} Discord follow-up(s) unfinished, {Connector.Received.Count} activities received",
            TimeSpan.FromSeconds(30));
        return Connector.Received;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Discord.DisposeAsync();
        State.Dispose();
    }

    private async Task<HttpResponseMessage> PostAsync(string path, HostileBody body, Dictionary<string, string>? headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body.Bytes) };
        if (body.ContentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.Add(name, value);
        }

        return await Client.SendAsync(request);
    }
}
