using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>
/// Everything a Teams test needs on loopback: the fake login (keys, token endpoint), the fake Connector (unless
/// asked for without it) and a throw-away state folder, plus helpers to start GcmBot and post activities to it.
/// Test classes get one per test through <see cref="TeamsTestbedTest"/>.
/// </summary>
internal sealed class TeamsTestbed : IAsyncDisposable
{
    private readonly FakeConnector? connector;

    private TeamsTestbed(FakeBotFrameworkLogin login, FakeConnector? connector)
    {
        Login = login;
        this.connector = connector;
    }

    public FakeBotFrameworkLogin Login { get; }

    public FakeConnector Connector => connector ?? throw new InvalidOperationException("This testbed was started without a Connector.");

    public TempState State { get; } = new();

    /// <param name="withConnector">False for tests that never post to the Connector: one loopback server fewer.</param>
    public static async Task<TeamsTestbed> StartAsync(bool withConnector = true) =>
        new(await FakeBotFrameworkLogin.StartAsync(), withConnector ? await FakeConnector.StartAsync() : null);

    /// <summary>GcmBot as an authenticated single-tenant bot whose Microsoft endpoints are the fakes.</summary>
    public Dictionary<string, string?> AuthenticatedSettings() => TeamsApplication.Authenticated(Login, State.StatePath);

    public TeamsApplication Authenticated(bool realRouter = false) => new(AuthenticatedSettings()) { RealRouter = realRouter };

    public TeamsApplication Emulator() => new(TeamsApplication.Emulator(State.StatePath));

    /// <summary>An Authorization header with a valid channel token for <paramref name="serviceUrl"/>.</summary>
    public string BearerFor(string? serviceUrl) =>
        "Bearer " + Login.Mint(new ChannelToken(TeamsApplication.AppId, serviceUrl, TimeProvider.System.GetUtcNow().AddMinutes(-1)));

    /// <summary>Posts an activity with a valid token for its own serviceUrl.</summary>
    public Task<HttpResponseMessage> PostAsync(TeamsApplication app, JsonObject activity) =>
        PostAsync(app, activity, BearerFor((string?)activity["serviceUrl"]));

    public static async Task<HttpResponseMessage> PostAsync(TeamsApplication app, JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await app.CreateClient().SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        if (connector is not null)
        {
            await connector.DisposeAsync();
        }

        await Login.DisposeAsync();
        State.Dispose();
    }
}
