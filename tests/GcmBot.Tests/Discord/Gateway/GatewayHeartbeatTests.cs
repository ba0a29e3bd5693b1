using GcmBot.Discord.Gateway;
using GcmBot.Tests.Discord.Fakes;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>
/// Heartbeats of one connection against the fake gateway on loopback, on a fake clock: a beat is due only
/// when the test moves the clock, and the test moves it only once the client waits on its next beat and
/// has read the previous ACK, so no machine load can make an ACK look late.
/// </summary>
public sealed class GatewayHeartbeatTests() : FakeClockGatewayTest(jitter: 0.5)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Heartbeat_CarriesTheLastSequenceAndContinuesWhileAcknowledged()
    {
        var (run, server) = await ConnectReadyAsync(sequence: 42);

        for (var beat = 1; beat <= 4; beat++)
        {
            var frame = await NextBeatAsync(server);
            await GatewayTestBase.WaitUntilAsync(() => State.HeartbeatAcks == beat);
            Assert.Equal(42, frame.GetProperty("d").GetInt32());
        }

        Assert.False(server.ClientClosed.IsCompleted, "the client closed a connection whose heartbeats were all acknowledged");
        Assert.Equal(GatewayStatus.Ready, State.Current.Status);
        Assert.False(run.IsCompleted);
    }

    [Fact]
    public async Task HeartbeatRequest_AnsweredAtOnce()
    {
        var (_, server) = await ConnectReadyAsync(sequence: 7);

        // The clock never moves: the only heartbeat the client can send is the answer to op 1.
        await server.SendAsync(1, null);

        Assert.Equal(7, (await server.ExpectAsync(1)).GetProperty("d").GetInt32());
    }

    [Fact]
    public async Task MissingAck_ClosesWithoutEndingTheSessionToResume()
    {
        var (run, server) = await ConnectReadyAsync(sequence: 5);
        await NextBeatAsync(server);
        await GatewayTestBase.WaitUntilAsync(() => State.HeartbeatAcks == 1);
        server.AutoAck = false;

        // The second beat goes unanswered; at the third's due time the client finds the connection dead.
        await NextBeatAsync(server);
        await Time.WaitForTimersAsync();
        Time.Advance(Interval);

        var code = await server.ClientClosed.WaitAsync(Guard);
        var end = await run.WaitAsync(Guard);

        // 1000 and 1001 would end the session on Discord's side; any other code keeps it resumable.
        Assert.NotNull(code);
        Assert.NotEqual(1000, code);
        Assert.NotEqual(1001, code);
        Assert.Equal((NextStep.Resume, true), (end.Next, end.WasReady));
    }

    /// <summary>HELLO, expects IDENTIFY, READY with <paramref name="sequence"/>; the first beat is not yet due.</summary>
    private async Task<(Task<ConnectionEnd> Run, FakeGatewayConnection Server)> ConnectReadyAsync(int sequence)
    {
        var run = CreateConnection().RunAsync(GatewayUrlSource.WithQuery(Server.GatewayUrl), new GatewaySession(), State, Stop.Token);
        var server = await Server.NextConnectionAsync();
        await server.HelloAsync((int)Interval.TotalMilliseconds);
        await server.ExpectAsync(2);
        await server.ReadyAsync("session-1", Server.ResumeUrl, GatewayTestBase.BotUserId, sequence);
        await GatewayTestBase.WaitUntilAsync(() => State.Current.Status == GatewayStatus.Ready);
        return (run, server);
    }

    /// <summary>Waits until the client waits on its next beat (its only timer on this clock), makes it due, and reads it.</summary>
    private async Task<System.Text.Json.JsonElement> NextBeatAsync(FakeGatewayConnection server)
    {
        await Time.WaitForTimersAsync();
        Time.Advance(Interval);
        return await server.ExpectAsync(1);
    }
}
