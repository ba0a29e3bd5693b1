using GcmBot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>Stopping the app: the gateway closes normally first, then the answers under way are still posted.</summary>
public sealed class GatewayShutdownTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    private const string Channel = "800000000000000008";

    [Fact]
    public async Task Stop_Connected_ClosesWith1000AndDoesNotReconnect()
    {
        var connection = await ConnectReadyAsync();

        // A heartbeat asked for (op 1) rather than one due on the real clock: no ACK can come late.
        await connection.SendAsync(1, null);
        await connection.ExpectAsync(1);

        await Host.StopAsync();

        var code = await connection.ClientClosed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(code == 1000, $"close code {code?.ToString() ?? "none"}; dropped by {connection.DroppedBy}\n{Host.Logs.All}");
        Assert.Equal((GatewayStatus.Stopped, "the app is stopping"), (Gateway.Status, Gateway.Detail));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Discord.NextConnectionAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Stop_AnswerUnderWay_GatewayClosesThenTheAnswerIsPosted()
    {
        var held = Host.Router.HoldAnswers("Finished");
        var connection = await ConnectReadyAsync();
        await connection.SendAsync(0, ChatMessageTests.Message("950", "objective 13", guildId: null), 2, "MESSAGE_CREATE");
        await held.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = Host.StopAsync();
        Assert.Equal(1000, await connection.ClientClosed.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.False(stopping.IsCompleted);
        held.Released.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        var posted = Assert.Single(Discord.Requests, r => r.Method == "POST" && r.Path == $"/channels/{Channel}/messages");
        Assert.Equal("Finished", posted.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }
}
