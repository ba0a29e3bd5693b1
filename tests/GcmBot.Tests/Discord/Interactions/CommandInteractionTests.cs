using GcmBot.Core.Routing;
using System.Net;
using System.Text.Json;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Discord.Rendering;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Interactions;

/// <summary>Slash commands over real HTTP: translation to router text, context, inline and deferred answers.</summary>
public sealed class CommandInteractionTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    internal override Dictionary<string, string?> Settings => new() { ["Discord:InlineReplyBudget"] = "00:00:00.300" };

    public static TheoryData<string, string, object[]> Commands() => new()
    {
        { "objective 13 h", "objective", [InteractionJson.Option("action", "h"), InteractionJson.Option("number", 13)] },
        { "objective 7", "objective", [InteractionJson.Option("number", 7)] },
        { "objective 7", "objective", [InteractionJson.Option("private", true), InteractionJson.Option("number", 7)] },
        { "ask remittances", "ask", [InteractionJson.Option("question", "remittances"), InteractionJson.Option("private", false)] },
        { "ask What does the GCM say about remittances?", "ask", [InteractionJson.Option("question", "What does the GCM say about\nremittances?")] },
        { "where Alternatives to detention", "where", [InteractionJson.Option("topic", "Alternatives to detention")] },
        { "dates", "dates", [] },
        { "digest subscribe 09:00 Europe/Paris", "digest", [InteractionJson.SubCommand("subscribe", InteractionJson.Option("timezone", "Europe/Paris"), InteractionJson.Option("time", "09:00"))] },
        { "digest subscribe", "digest", [InteractionJson.SubCommand("subscribe")] },
        { "digest unsubscribe", "digest", [InteractionJson.SubCommand("unsubscribe")] },
        { "digest status", "digest", [InteractionJson.SubCommand("status")] },
        { "help", "help", [] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Post_Command_RoutesTheCommandItNamesWithoutText(string expected, string name, object[] options)
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Command(name, options));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Host.Router.Single();
        Assert.Equal(expected, request.Text);
        Assert.Equal((name, expected, (int?)null), (request.Command?.Name, request.Command?.Canonical, request.Command?.Page));
        Assert.Equal((Surface.Discord, InteractionJson.ChannelId, InteractionJson.UserId), (request.Context.Surface, request.Context.ConversationId, request.Context.UserId));
    }

    [Fact]
    public async Task Post_AskEndingInPage_TheWordsArePartOfTheQuestion()
    {
        // Typed text "ask remittances page 2" asks for page 2; a slash option is the question, word for word.
        using var response = await Host.PostInteractionAsync(InteractionJson.Command("ask", [InteractionJson.Option("question", "remittances page 2")]));

        var command = Host.Router.Single().Command;
        Assert.Equal(("ask", "remittances page 2", (int?)null), (command?.Name, command?.Arguments, command?.Page));
    }

    [Fact]
    public async Task Post_Objective_AnswersInlineWithEmbedAndNoMentions()
    {
        Host.Router.Answer = (_, _) => Task.FromResult(SampleReplies.Objective(13, actionCount: 3, actionLength: 200));

        using var response = await Host.PostInteractionAsync(InteractionJson.Command("objective", [InteractionJson.Option("number", 13)]));

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var data = json.GetProperty("data");
        Assert.StartsWith("Objective 13", data.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("gcm:objective 13 h", data.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
        Assert.False(data.TryGetProperty("flags", out _));
    }

    [Theory]
    [InlineData(InteractionJson.ManageGuild, true)]
    [InlineData("8", true)]
    [InlineData(InteractionJson.SendMessagesOnly, false)]
    public async Task Post_Digest_CanManageFollowsManageServer(string permissions, bool canManage)
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Command("digest", [InteractionJson.SubCommand("subscribe")], permissions));

        Assert.Equal(canManage, Host.Router.Single().Context.CanManageSubscriptions);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Post_CommandInDm_CanManage()
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.DmCommand("digest", [InteractionJson.SubCommand("status")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Host.Router.Single().Context.CanManageSubscriptions);
    }

    [Fact]
    public async Task Post_SlowRouter_DefersThenEditsTheOriginal()
    {
        // Slower than the inline budget whatever the machine's load: the router answers only once the
        // test has seen the deferral (an 800 ms answer against a 1 s budget raced on a busy machine).
        var deferred = Host.Router.HoldAnswers("Slow answer");

        using var response = await Host.PostInteractionAsync(InteractionJson.Command("ask", [InteractionJson.Option("question", "slow")], token: "slowtoken"));

        Assert.Equal(5, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        deferred.Released.SetResult();
        var edit = await Discord.WaitForRequestAsync(r => r.Method == "PATCH");
        Assert.Equal($"/webhooks/{DiscordTestHost.ApplicationId}/slowtoken/messages/@original", edit.Path);
        Assert.Equal("Slow answer", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, edit.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(edit.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Post_LongAnswer_FirstPartInlineTheRestAsFollowUpsInOrder()
    {
        Host.Router.Answer = (_, _) => Task.FromResult(SampleReplies.ManyQuotes(30, 900));

        using var response = await Host.PostInteractionAsync(InteractionJson.Command("ask", [InteractionJson.Option("question", "detention")], token: "longtoken"));

        var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        var footer = first.GetProperty("embeds").EnumerateArray().Last().GetProperty("footer").GetProperty("text").GetString()!;
        var parts = int.Parse(footer[(footer.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await Discord.WaitForRequestAsync(r => r.Body.Contains($"Part {parts} of {parts}", StringComparison.Ordinal));
        var followUps = Discord.Requests.Where(r => r.Path == $"/webhooks/{DiscordTestHost.ApplicationId}/longtoken").ToList();
        Assert.Equal(parts - 1, followUps.Count);
        Assert.All(followUps.Select((r, i) => (r, i)), x => Assert.Contains($"Part {x.i + 2} of {parts}", x.r.Body, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("objective", "number", 13)]
    [InlineData("ask", "question", "remittances")]
    public async Task Post_PrivateTrue_OnlyTheAskerSeesTheAnswer(string name, string option, object value)
    {
        Host.Router.Answer = (_, _) => Task.FromResult(SampleReplies.Objective(13, actionCount: 3, actionLength: 200));

        using var response = await Host.PostInteractionAsync(InteractionJson.Command(name, [InteractionJson.Option(option, value), InteractionJson.Option("private", true)]));

        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32()); // MessageFlags.EPHEMERAL
    }

    [Fact]
    public async Task Post_PrivateFalse_AnswerIsPublic()
    {
        Host.Router.Answer = (_, _) => Task.FromResult(SampleReplies.Objective(13, actionCount: 3, actionLength: 200));

        using var response = await Host.PostInteractionAsync(InteractionJson.Command("objective", [InteractionJson.Option("number", 13), InteractionJson.Option("private", false)]));

        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.False(data.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task Post_RouterThrows_EphemeralErrorInsteadOfFailure()
    {
        Host.Router.Answer = (_, _) => throw new InvalidOperationException("index missing");

        using var response = await Host.PostInteractionAsync(InteractionJson.Command("help"));

        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal("Something went wrong", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Post_UnknownCommand_EphemeralRefusalWithoutRouting()
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Command("verse"));

        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Empty(Host.Router.Requests);
    }
}
