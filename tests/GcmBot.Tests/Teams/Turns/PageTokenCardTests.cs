using GcmBot.Core.Routing;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Teams.Fakes;
using Moq;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>Paging a 2,000-character question on Teams: the card's Next page button carries a page token that opens page 2.</summary>
public sealed class PageTokenCardTests : TeamsTestbedTest
{
    private readonly PagedAnswers _answers = new();

    [Fact]
    public async Task NextPageButton_OfTheLongestQuestion_OpensPage2()
    {
        await using var app = Bed.Authenticated();
        app.Router.Setup(r => r.RouteAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>()))
            .Returns((ChatRequest request, CancellationToken ct) => _answers.Router.RouteAsync(request, ct));

        await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, PagedAnswers.LongestAsk), Bed.BearerFor(Bed.Connector.ServiceUrl));
        var first = Assert.Single(await Bed.Connector.WaitForAsync(1));
        var next = first.Card["actions"]!.AsArray().Select(a => (string?)a!["data"]?["command"]).Single(c => c?.StartsWith('~') == true)!;
        await TeamsTestbed.PostAsync(app, TestActivities.CardSubmit(Bed.Connector.ServiceUrl, next), Bed.BearerFor(Bed.Connector.ServiceUrl));
        var second = (await Bed.Connector.WaitForAsync(2))[1].Card.ToJsonString();

        Assert.InRange(next.Length, 1, 20);
        Assert.Contains("#3 remittances", second, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 remittances", second, StringComparison.Ordinal);
    }
}
