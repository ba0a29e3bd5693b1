using GcmBot.Core.Routing;
using System.Net;
using GcmBot.Core.Delivery;
using GcmBot.Teams.Conversations;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>Install → welcome and stored reference → proactive posts (also after a restart) → uninstall.</summary>
public sealed class ConversationLifecycleTests : TeamsTestbedTest
{
    [Fact]
    public async Task Install_BothInstallEvents_WelcomeOnceAsANewMessageAndStoreTheReference()
    {
        await using var app = NewApp();

        await PostAsync(app, TestActivities.BotAdded(Bed.Connector.ServiceUrl));
        await PostAsync(app, TestActivities.Installation(Bed.Connector.ServiceUrl, "add"));
        await PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", TestActivities.PersonalConversation));
        var received = await Bed.Connector.WaitForAsync(2);

        var welcome = Assert.Single(received, r => r.CardTitle == "Welcome to GcmBot");
        Assert.Null(welcome.ReplyToId);
        Assert.Equal(TestActivities.PersonalConversation, welcome.ConversationId);
        Assert.Contains("What I can do", welcome.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, received.Count);
        var reference = await app.Services.GetRequiredService<IConversationReferenceStore>()
            .FindAsync(TestActivities.PersonalConversation, CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal(Bed.Connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(TestActivities.BotId, reference.BotId);
        Assert.Equal("tenant-1", reference.TenantId);
        Assert.NotNull(reference.WelcomedAt);
    }

    [Fact]
    public async Task StoredReference_AfterRestart_CarriesADigestPost()
    {
        await using (var first = NewApp())
        {
            await PostAsync(first, TestActivities.BotAdded(Bed.Connector.ServiceUrl));
            await Bed.Connector.WaitForAsync(1);
        }

        await using var second = NewApp();
        var poster = Assert.Single(second.Services.GetServices<IReplyPoster>(), p => p.Surface == Surface.Teams);

        var outcome = await poster.PostAsync(TestActivities.PersonalConversation, SampleReplies.Digest(), CancellationToken.None);

        Assert.Equal(PostOutcome.Sent, outcome);
        var post = (await Bed.Connector.WaitForAsync(2))[1];
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(TestActivities.PersonalConversation)}/activities", post.Path);
        Assert.StartsWith("Bearer connector-token-", post.Authorization, StringComparison.Ordinal);
        Assert.Contains(SampleReplies.ActionD, post.Card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbound_NewServiceUrl_RefreshesTheStoredReference()
    {
        await using var app = NewApp();
        await PostAsync(app, TestActivities.BotAdded(Bed.Connector.ServiceUrlFor("emea")));
        await Bed.Connector.WaitForAsync(1);
        await PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", TestActivities.PersonalConversation));
        var received = await Bed.Connector.WaitForAsync(2);
        Assert.StartsWith("/emea/", received[0].Path, StringComparison.Ordinal);
        Assert.StartsWith("/teams/", received[1].Path, StringComparison.Ordinal);

        var reference = await app.Services.GetRequiredService<IConversationReferenceStore>()
            .FindAsync(TestActivities.PersonalConversation, CancellationToken.None);

        Assert.Equal(Bed.Connector.ServiceUrl, reference!.ServiceUrl);
    }

    [Fact]
    public async Task Uninstall_RemovesTheReference_SoDigestPostsAreGone()
    {
        await using var app = NewApp();
        await PostAsync(app, TestActivities.BotAdded(Bed.Connector.ServiceUrl));
        await Bed.Connector.WaitForAsync(1);

        await PostAsync(app, TestActivities.Installation(Bed.Connector.ServiceUrl, "remove"));
        var store = app.Services.GetRequiredService<IConversationReferenceStore>();
        await Eventually(async () => await store.FindAsync(TestActivities.PersonalConversation, CancellationToken.None) is null);

        var outcome = await app.Services.GetRequiredService<IReplyPoster>()
            .PostAsync(TestActivities.PersonalConversation, SampleReplies.Digest(), CancellationToken.None);
        Assert.Equal(PostOutcome.Gone, outcome);
        Assert.Single(Bed.Connector.Received);
    }

    [Fact]
    public async Task DigestPost_403MessageWritesBlocked_IsGoneAndForgetsTheConversation()
    {
        await using var app = NewApp();
        await PostAsync(app, TestActivities.BotAdded(Bed.Connector.ServiceUrl));
        await Bed.Connector.WaitForAsync(1);
        Bed.Connector.Respond(403, """{"error":{"code":"Forbidden","message":"MessageWritesBlocked"}}""");

        var outcome = await app.Services.GetRequiredService<IReplyPoster>()
            .PostAsync(TestActivities.PersonalConversation, SampleReplies.Digest(), CancellationToken.None);

        Assert.Equal(PostOutcome.Gone, outcome);
        Assert.Null(await app.Services.GetRequiredService<IConversationReferenceStore>()
            .FindAsync(TestActivities.PersonalConversation, CancellationToken.None));
    }

    [Theory]
    [InlineData(404, PostOutcome.Gone)]
    [InlineData(403, PostOutcome.Gone)]
    [InlineData(500, PostOutcome.Retry)]
    [InlineData(400, PostOutcome.Retry)]
    public async Task DigestPost_ConnectorStatus_MapsToOutcome(int status, PostOutcome expected)
    {
        await using var app = NewApp();
        await PostAsync(app, TestActivities.BotAdded(Bed.Connector.ServiceUrl));
        await Bed.Connector.WaitForAsync(1);
        Bed.Connector.Respond(status, """{"error":{"code":"SomeError"}}""");

        var outcome = await app.Services.GetRequiredService<IReplyPoster>()
            .PostAsync(TestActivities.PersonalConversation, SampleReplies.Digest(), CancellationToken.None);

        Assert.Equal(expected, outcome);
        Assert.NotNull(await app.Services.GetRequiredService<IConversationReferenceStore>()
            .FindAsync(TestActivities.PersonalConversation, CancellationToken.None));
    }

    [Fact]
    public async Task DigestPost_429UntilRetriesRunOut_IsRetryLater()
    {
        var settings = Bed.AuthenticatedSettings();
        settings["Teams:MaxSendRetries"] = "0";
        await using var app = new TeamsApplication(settings);
        await PostAsync(app, TestActivities.BotAdded(Bed.Connector.ServiceUrl));
        await Bed.Connector.WaitForAsync(1);
        Bed.Connector.Respond(429);

        var outcome = await app.Services.GetRequiredService<IReplyPoster>()
            .PostAsync(TestActivities.PersonalConversation, SampleReplies.Digest(), CancellationToken.None);

        Assert.Equal(PostOutcome.Retry, outcome);
    }

    [Fact]
    public async Task DigestPost_UnknownConversation_IsGone()
    {
        await using var app = NewApp();

        var outcome = await app.Services.GetRequiredService<IReplyPoster>()
            .PostAsync("19:never-installed@thread.tacv2", SampleReplies.Digest(), CancellationToken.None);

        Assert.Equal(PostOutcome.Gone, outcome);
    }

    private TeamsApplication NewApp() => Bed.Authenticated();

    private async Task PostAsync(TeamsApplication app, System.Text.Json.Nodes.JsonObject activity) =>
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(app, activity)).StatusCode);

    private static Task Eventually(Func<Task<bool>> condition, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string what = "") =>
        GcmBot.Tests.Fakes.Eventually.WaitUntil(condition, what: what);
}
