using GcmBot.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>
/// A connection whose IDENTIFY must wait for its slot longer than the heartbeat interval (after op 9 the
/// previous IDENTIFY was moments ago; or no session starts are left). Real WebSockets on loopback, the
/// gateway's clock faked: heartbeats are due only when the test moves the clock.
/// </summary>
public sealed class GatewayConnectionIdentifyWaitTests() : FakeClockGatewayTest(jitter: 0)
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task IdentifyWaitLongerThanHeartbeats_AcksReadMeanwhileAndIdentifySentOnTheOpenSocket()
    {
        // The IDENTIFY before op 9 took the slot just now: the next one is due 5 s later (IdentifySpacing), five heartbeat intervals.
        await Gate.WaitAsync(0, CancellationToken.None);
        var run = CreateConnection().RunAsync(GatewayUrlSource.WithQuery(Server.GatewayUrl), new GatewaySession(), State, Stop.Token);
        var server = await Server.NextConnectionAsync();
        await server.HelloAsync((int)HeartbeatInterval.TotalMilliseconds);

        for (var beat = 1; beat <= 5; beat++)
        {
            // Jitter 0: the first heartbeat goes at once, then one per interval; the fake ACKs each.
            await server.ExpectAsync(1);
            await GatewayTestBase.WaitUntilAsync(() => State.HeartbeatAcks == beat);

            // Moved only once the client waits on its next beat (and the IDENTIFY on its slot): two timers.
            await Time.WaitForTimersAsync(2);
            Time.Advance(HeartbeatInterval);
        }

        var identify = (await server.ExpectAsync(2)).GetProperty("d");
        await server.ReadyAsync("session-9", Server.ResumeUrl, GatewayTestBase.BotUserId);
        await GatewayTestBase.WaitUntilAsync(() => State.Current.Status == GatewayStatus.Ready);

        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.False(server.ClientClosed.IsCompleted, "the client closed the connection while waiting to identify");
        Assert.DoesNotContain(Logs.Lines, l => l.Level >= LogLevel.Warning);
        Assert.False(run.IsCompleted);
    }

    [Fact]
    public async Task ServerClosesDuringTheIdentifyWait_ConnectionEndsAtOnceWithoutIdentifying()
    {
        // No session starts left until an hour from now: without the connection's cancellation the wait would outlive the socket.
        Gate.Update(remaining: 0, resetAfterMilliseconds: 3_600_000);
        var run = CreateConnection().RunAsync(GatewayUrlSource.WithQuery(Server.GatewayUrl), new GatewaySession(), State, Stop.Token);
        var server = await Server.NextConnectionAsync();
        await server.HelloAsync((int)HeartbeatInterval.TotalMilliseconds);
        await server.ExpectAsync(1);

        await server.CloseAsync(4000, "Unknown error.");
        var end = await run.WaitAsync(Guard);

        Assert.Equal((NextStep.Resume, 4000, false), (end.Next, end.CloseCode, end.WasReady));
        Assert.DoesNotContain(Logs.Lines, l => l.Message.Contains("identifying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppStopsDuringTheIdentifyWait_ClosesWith1000WithoutIdentifying()
    {
        Gate.Update(remaining: 0, resetAfterMilliseconds: 3_600_000);
        var run = CreateConnection().RunAsync(GatewayUrlSource.WithQuery(Server.GatewayUrl), new GatewaySession(), State, Stop.Token);
        var server = await Server.NextConnectionAsync();
        await server.HelloAsync((int)HeartbeatInterval.TotalMilliseconds);
        await server.ExpectAsync(1);

        await Stop.CancelAsync();

        Assert.Equal(1000, await server.ClientClosed.WaitAsync(Guard));
        await run.WaitAsync(Guard);
        Assert.DoesNotContain(Logs.Lines, l => l.Message.Contains("identifying", StringComparison.Ordinal));
    }
}
