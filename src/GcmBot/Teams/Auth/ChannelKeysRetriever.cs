using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GcmBot.Teams.Auth;

/// <summary>
/// One retrieval of the channel's signing keys with their endorsements: IdentityModel's OpenID retriever reads the keys
/// and <see cref="EndorsementsRetriever"/> the endorsements, both through a document retriever that fetches each
/// address once per retrieval, so a refresh is one GET of the metadata and one of the jwks it names.
/// </summary>
internal sealed class ChannelKeysRetriever : IConfigurationRetriever<SigningKeySet>
{
    private readonly EndorsementsRetriever endorsements = new();

    public async Task<SigningKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var once = new ReadOnce(retriever);
        var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(address, once, cancel);
        var endorsed = await endorsements.GetConfigurationAsync(address, once, cancel);
        return new SigningKeySet(
            configuration.SigningKeys
                .Where(key => !string.IsNullOrEmpty(key.KeyId))
                .GroupBy(key => key.KeyId, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal),
            endorsed.ByKeyId);
    }

    /// <summary>Hands back the text already read for an address; the two readers above run one after the other.</summary>
    private sealed class ReadOnce(IDocumentRetriever inner) : IDocumentRetriever
    {
        private readonly Dictionary<string, string> read = new(StringComparer.Ordinal);

        public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
        {
            if (!read.TryGetValue(address, out var document))
            {
                document = await inner.GetDocumentAsync(address, cancel);
                read[address] = document;
            }

            return document;
        }
    }
}
