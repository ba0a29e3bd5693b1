using System.Text.Json;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Interactions;

/// <summary>A deferred slash-command answer still under way when the app stops is finished and sent, not cancelled.</summary>
public sealed class FollowUpQueueTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    internal override Dictionary<string, string?> Settings => new() { ["Discord:InlineReplyBudget"] = "00:00:00.100" };

    [Fact]
    public async Task Stop_DeferredAnswerUnderWay_EditsTheOriginalBeforeTheAppStops()
    {
        var held = Host.Router.HoldAnswers("Finished");
        using var response = await Host.PostInteractionAsync(InteractionJson.Command("ask", [InteractionJson.Option("question", "slow")], token: "stoptoken"));
        Assert.Equal(5, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());

        var stopping = Host.StopAsync();
        var lifetime = Host.Services.GetRequiredService<IHostApplicationLifetime>();
        await Gateway.GatewayTestBase.WaitUntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested);
        held.Released.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        var edit = Assert.Single(Discord.Requests, r => r.Method == "PATCH");
        Assert.Equal($"/webhooks/{DiscordTestHost.ApplicationId}/stoptoken/messages/@original", edit.Path);
        Assert.Equal("Finished", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }
}
