using System.Net;
using System.Text.Json;
using GcmBot.Discord.Interactions;
using GcmBot.Hosting.Memory;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Discord.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Discord.Interactions;

/// <summary>Issue 14: the same signed interaction sent again within the signature window is refused.</summary>
public sealed class InteractionReplayTests : DiscordHostTest
{
    [Fact]
    public void InMemoryGuard_IsOneOfTheIdleTrimsSweeps()
    {
        var guard = Host.Services.GetRequiredService<IInteractionReplayGuard>();

        Assert.IsType<MemoryInteractionReplayGuard>(guard);
        Assert.Contains(Host.Services.GetServices<IIdleSweep>(), sweep => ReferenceEquals(sweep, guard));
    }

    [Fact]
    public async Task Post_IdenticalSignedInteractionTwice_SecondIs409AndNothingIsAnsweredTwice()
    {
        Host.Router.Answer = (_, _) => Task.FromResult(SampleReplies.ManyQuotes(30, 900));
        var json = InteractionJson.Command("ask", [InteractionJson.Option("question", "detention")], token: "replaytoken");
        var signedAt = TimeProvider.System.GetUtcNow();

        using var first = await Host.PostInteractionAsync(json, signedAt: signedAt);
        using var replay = await Host.PostInteractionAsync(json, signedAt: signedAt);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        var footer = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement
            .GetProperty("data").GetProperty("embeds").EnumerateArray().Last().GetProperty("footer").GetProperty("text").GetString()!;
        var parts = int.Parse(footer[(footer.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await Discord.WaitForRequestAsync(r => r.Body.Contains($"Part {parts} of {parts}", StringComparison.Ordinal));

        // One routing, so one reply exists; and its follow-ups went out once (parts - 1 of them).
        Assert.Single(Host.Router.Requests);
        Assert.Equal(parts - 1, Discord.Requests.Count(r => r.Path == $"/webhooks/{DiscordTestHost.ApplicationId}/replaytoken"));
        Assert.Contains(Host.Logs.Lines, e => e.Message.Contains("Refused Discord interaction", StringComparison.Ordinal) && e.Level == Microsoft.Extensions.Logging.LogLevel.Information);
    }

    [Fact]
    public async Task Post_ReplayOfAPing_IsRefusedToo()
    {
        var json = InteractionJson.Ping();

        using var first = await Host.PostInteractionAsync(json);
        using var replay = await Host.PostInteractionAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
    }
}
