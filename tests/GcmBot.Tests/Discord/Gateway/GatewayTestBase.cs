using System.Runtime.CompilerServices;
using GcmBot.Discord.Gateway;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>The app with the gateway on, against the fake Discord; helpers to script the server side.</summary>
public abstract class GatewayTestBase(ITestOutputHelper? output = null) : DiscordHostTest(output)
{
    public const string BotUserId = "999000000000000999";

    internal IDiscordGateway Gateway => Host.Services.GetRequiredService<IDiscordGateway>();

    internal sealed override Dictionary<string, string?> Settings => new(ExtraSettings) { ["Discord:EnableGateway"] = "true" };

    /// <summary>Settings besides turning the gateway on (e.g. listen channels).</summary>
    internal virtual Dictionary<string, string?> ExtraSettings => [];

    /// <summary>
    /// Accepts the next connection: HELLO, expects IDENTIFY, sends READY with <paramref name="sequence"/>.
    /// The heartbeat interval is a minute of real time: a beat may come at any moment (first-beat jitter), but
    /// the ACK check runs only a full interval later, long after any test here ends, so a late ACK on a
    /// loaded machine can never close the connection. Heartbeat timing is tested on a fake clock (GatewayHeartbeatTests).
    /// </summary>
    internal async Task<FakeGatewayConnection> ConnectReadyAsync(int heartbeatMs = 60_000, string sessionId = "session-1", int sequence = 1)
    {
        var connection = await Discord.NextConnectionAsync();
        await connection.HelloAsync(heartbeatMs);
        await connection.ExpectAsync(2);
        await connection.ReadyAsync(sessionId, Discord.ResumeUrl, BotUserId, sequence);
        await WaitUntilAsync(() => Gateway.Status == GatewayStatus.Ready);
        return connection;
    }

    internal static Task WaitUntilAsync(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string what = "") =>
        Eventually.WaitUntil(condition, what: what);
}
