using Microsoft.IdentityModel.Protocols;

namespace GcmBot.Teams.Auth;

/// <summary>
/// How IdentityModel reads the channel's OpenID metadata and keys: through our named HttpClient (its timeout, its
/// handler in tests). Only https addresses, or loopback ones (the local fakes the tests and the Emulator set-up use),
/// are read, for the metadata and for the jwks_uri it names.
/// </summary>
internal sealed class TeamsDocumentRetriever(IHttpClientFactory httpClients) : IDocumentRetriever
{
    public const string HttpClientName = "Teams.SigningKeys";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var uri = new Uri(address, UriKind.Absolute);
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            throw new InvalidOperationException($"Not reading {uri.GetLeftPart(UriPartial.Path)}: the Bot Framework's OpenID documents must come over https.");
        }

        return await httpClients.CreateClient(HttpClientName).GetStringAsync(uri, cancel);
    }
}
