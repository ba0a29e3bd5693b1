using System.Net;
using GcmBot.Teams.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Teams.Auth;

/// <summary>IdentityModel reads the channel's OpenID documents through our named client, over https or loopback only.</summary>
public sealed class TeamsDocumentRetrieverTests
{
    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/keys")]
    [InlineData("http://10.0.0.7/v1/.well-known/openidconfiguration")]
    public async Task GetDocumentAsync_PlainHttpAwayFromThisMachine_IsRefusedWithoutACall(string address)
    {
        var handler = new RecordingHandler();
        using var services = Services(handler);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new TeamsDocumentRetriever(services.GetRequiredService<IHttpClientFactory>()).GetDocumentAsync(address, CancellationToken.None));

        Assert.Contains("must come over https", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/keys")]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/keys")]
    [InlineData("http://[::1]:5000/v1/.well-known/keys")]
    public async Task GetDocumentAsync_HttpsOrLoopback_IsReadThroughTheNamedClient(string address)
    {
        var handler = new RecordingHandler();
        using var services = Services(handler);

        var document = await new TeamsDocumentRetriever(services.GetRequiredService<IHttpClientFactory>()).GetDocumentAsync(address, CancellationToken.None);

        Assert.Equal(RecordingHandler.Body, document);
        Assert.Equal(new Uri(address), Assert.Single(handler.Requests));
    }

    private static ServiceProvider Services(RecordingHandler handler)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(TeamsDocumentRetriever.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public const string Body = """{"keys":[]}""";

        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Body) });
        }
    }
}
