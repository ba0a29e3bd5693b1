using GcmBot.Core.Routing;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Teams.Fakes;
using Moq;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>Paging a 2,000-character question on Teams: the card's Next page button carries a page token that opens page 2.</summary>
public sealed class PageTokenCardTests : IAsyncLifetime
{
    private readonly PagedAnswers _answers = new();
    private TeamsTestbed bed = null!;

    public async Task InitializeAsync() => bed = await TeamsTestbed.StartAsync();

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Fact]
    public async Task NextPageButton_OfTheLongestQuestion_OpensPage2()
    {
        await using var app = bed.Authenticated();
        app.Router.Setup(r => r.RouteAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>()))
            .Returns((ChatRequest request, CancellationToken ct) => _answers.Router.RouteAsync(request, ct));

        await TeamsTestbed.PostAsync(app, TestActivities.Message(bed.Connector.ServiceUrl, PagedAnswers.LongestAsk), bed.BearerFor(bed.Connector.ServiceUrl));
        var first = Assert.Single(await bed.Connector.WaitForAsync(1));
        var next = first.Card["actions"]!.AsArray().Select(a => (string?)a!["data"]?["command"]).Single(c => c?.StartsWith('~') == true)!;
        await TeamsTestbed.PostAsync(app, TestActivities.CardSubmit(bed.Connector.ServiceUrl, next), bed.BearerFor(bed.Connector.ServiceUrl));
        var second = (await bed.Connector.WaitForAsync(2))[1].Card.ToJsonString();

        Assert.InRange(next.Length, 1, 20);
        Assert.Contains("#3 remittances", second, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 remittances", second, StringComparison.Ordinal);
    }
}
