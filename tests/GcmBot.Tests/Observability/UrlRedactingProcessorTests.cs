using GcmBot.Observability;

namespace GcmBot.Tests.Observability;

/// <summary>Outgoing URLs in exported spans must not carry Discord interaction tokens or Teams conversation ids.</summary>
public sealed class UrlRedactingProcessorTests
{
    [Theory]
    // A follow-up: application id (a snowflake) stays, the interaction token goes.
    [InlineData("https://discord.com/api/v10/webhooks/1122334455667788990/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTA6c2VjcmV0/messages/@original",
        "https://discord.com/api/v10/webhooks/1122334455667788990/{redacted}/messages/@original")]
    // A channel post: nothing secret in it, so it is unchanged.
    [InlineData("https://discord.com/api/v10/channels/1122334455667788990/messages",
        "https://discord.com/api/v10/channels/1122334455667788990/messages")]
    // A Teams reply: the conversation id (with ':' and ';') goes, and so does the query.
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a:1Xy_9;messageid=1700000000000/activities/1700000000000?x=1",
        "https://smba.trafficmanager.net/emea/v3/conversations/{redacted}/activities/1700000000000")]
    public void Redact_KeepsRouteWordsAndIds_DropsTokensAndQueries(string url, string expected) =>
        Assert.Equal(expected, UrlRedactingProcessor.Redact(new Uri(url)));
}
