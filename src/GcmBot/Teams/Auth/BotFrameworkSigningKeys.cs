using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace GcmBot.Teams.Auth;

/// <summary>
/// The channel's signing keys through IdentityModel's <see cref="ConfigurationManager{T}"/>, as the Bot Framework SDK
/// gets them: one manager reads the OpenID metadata and its jwks once per refresh, for the keys and their endorsements
/// (<see cref="ChannelKeysRetriever"/>). It refreshes itself every Teams:KeyRefreshInterval (the library's
/// AutomaticRefreshInterval, on its own clock, in the background). A token naming an unknown key id asks it to refresh
/// (RequestRefresh, at most once per the library's RefreshInterval, 5 minutes, and per our slightly longer
/// <see cref="RefetchFloor"/>) and waits for the refreshed documents: the library refreshes in the background and would
/// answer from the old ones, but a key that was just rolled in must be accepted the first time it is seen. The manager
/// hands back the same <see cref="SigningKeySet"/> until it refreshes, so the set is built once per fetch.
/// </summary>
internal sealed class BotFrameworkSigningKeys : ISigningKeySource
{
    /// <summary>The library's floor between two RequestRefresh calls that fetch (its default, 5 minutes, on its clock).</summary>
    internal static readonly TimeSpan LibraryRefreshInterval = BaseConfigurationManager.DefaultRefreshInterval;

    /// <summary>
    /// Ours, on the TimeProvider: a little longer than the library's, so every refresh we ask for and wait for is one
    /// the library makes (it drops a request within its own floor without saying so).
    /// </summary>
    internal static readonly TimeSpan RefetchFloor = LibraryRefreshInterval + TimeSpan.FromSeconds(10);

    // A failsafe only: the refresh's own HTTP calls time out well before this.
    private static readonly TimeSpan RefreshWait = TimeSpan.FromMinutes(2);

    private readonly SignallingRetriever<SigningKeySet> retriever = new(new ChannelKeysRetriever());
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly ILogger<BotFrameworkSigningKeys> logger;
    private DateTimeOffset? lastRefresh;

    public BotFrameworkSigningKeys(IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotFrameworkSigningKeys> logger)
    {
        this.time = time;
        this.logger = logger;
        Manager = new ConfigurationManager<SigningKeySet>(options.Value.OpenIdMetadataUrl.ToString(), retriever, new TeamsDocumentRetriever(httpClients))
        {
            AutomaticRefreshInterval = options.Value.KeyRefreshInterval,
            RefreshInterval = LibraryRefreshInterval,
        };
    }

    internal ConfigurationManager<SigningKeySet> Manager { get; }

    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await Manager.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // The manager throws this only while it has never had the documents; afterwards it keeps the last ones.
            throw new SigningKeysUnavailableException("The Bot Framework signing keys could not be fetched.", ex);
        }
    }

    public async Task<SigningKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        if (!ClaimRefresh())
        {
            return await GetAsync(cancellationToken);
        }

        var next = retriever.NextAsync();
        Manager.RequestRefresh();
        try
        {
            var set = await next.WaitAsync(RefreshWait, time, cancellationToken);
            Log.SigningKeysFetched(logger, set.Keys.Count, unknownKey: true);
            return set;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SigningKeysFetchFailed(logger, ex);
            return await GetAsync(cancellationToken);
        }
    }

    private bool ClaimRefresh()
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (lastRefresh is { } last && now - last < RefetchFloor)
            {
                return false;
            }

            lastRefresh = now;
            return true;
        }
    }
}
