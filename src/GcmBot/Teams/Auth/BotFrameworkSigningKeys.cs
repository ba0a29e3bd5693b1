using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GcmBot.Teams.Auth;

/// <summary>
/// The channel's signing keys through IdentityModel's <see cref="ConfigurationManager{T}"/>, as the Bot Framework SDK
/// gets them: one manager reads the OpenID metadata and its jwks (the keys), a second reads the same documents for the
/// keys' endorsements (<see cref="EndorsementsRetriever"/>). Both refresh themselves every Teams:KeyRefreshInterval
/// (the library's AutomaticRefreshInterval, on its own clock, in the background). A token naming an unknown key id asks
/// both to refresh (RequestRefresh, at most once per the library's RefreshInterval, 5 minutes, and per our slightly
/// longer <see cref="RefetchFloor"/>) and waits for the refreshed documents: the library refreshes in the background
/// and would answer from the old ones, but a key that was just rolled in must be accepted the first time it is seen.
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

    private readonly SignallingRetriever<OpenIdConnectConfiguration> keyRetriever = new(new OpenIdConnectConfigurationRetriever());
    private readonly SignallingRetriever<KeyEndorsements> endorsementRetriever = new(new EndorsementsRetriever());
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly ILogger<BotFrameworkSigningKeys> logger;
    private DateTimeOffset? lastRefresh;
    private volatile Combined? combined;

    public BotFrameworkSigningKeys(TeamsDocumentRetriever documents, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotFrameworkSigningKeys> logger)
    {
        this.time = time;
        this.logger = logger;
        var metadata = options.Value.OpenIdMetadataUrl.ToString();
        Keys = Configure(new ConfigurationManager<OpenIdConnectConfiguration>(metadata, keyRetriever, documents), options.Value);
        Endorsements = Configure(new ConfigurationManager<KeyEndorsements>(metadata, endorsementRetriever, documents), options.Value);
    }

    internal ConfigurationManager<OpenIdConnectConfiguration> Keys { get; }

    internal ConfigurationManager<KeyEndorsements> Endorsements { get; }

    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Side by side: at start both managers read the metadata and the jwks.
            var keys = Keys.GetConfigurationAsync(cancellationToken);
            var endorsements = Endorsements.GetConfigurationAsync(cancellationToken);
            await Task.WhenAll(keys, endorsements);
            return Combine(await keys, await endorsements);
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

        var keys = keyRetriever.NextAsync();
        var endorsements = endorsementRetriever.NextAsync();
        Keys.RequestRefresh();
        Endorsements.RequestRefresh();
        try
        {
            await Task.WhenAll(keys, endorsements).WaitAsync(RefreshWait, time, cancellationToken);
            var set = Combine(await keys, await endorsements);
            Log.SigningKeysFetched(logger, set.Keys.Count, unknownKey: true);
            return set;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SigningKeysFetchFailed(logger, ex);
            return await GetAsync(cancellationToken);
        }
    }

    private static ConfigurationManager<T> Configure<T>(ConfigurationManager<T> manager, TeamsOptions options)
        where T : class
    {
        manager.AutomaticRefreshInterval = options.KeyRefreshInterval;
        manager.RefreshInterval = LibraryRefreshInterval;
        return manager;
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

    /// <summary>
    /// The set for these documents. Every inbound token asks for the keys, and the managers hand back the same
    /// documents until they refresh, so the set built from them is kept and only rebuilt when either changes.
    /// </summary>
    private SigningKeySet Combine(OpenIdConnectConfiguration configuration, KeyEndorsements endorsements)
    {
        if (combined is { } kept && ReferenceEquals(kept.Configuration, configuration) && ReferenceEquals(kept.Endorsements, endorsements))
        {
            return kept.Set;
        }

        var set = Build(configuration, endorsements);
        combined = new Combined(configuration, endorsements, set);
        return set;
    }

    private static SigningKeySet Build(OpenIdConnectConfiguration configuration, KeyEndorsements endorsements) =>
        new(configuration.SigningKeys
                .Where(key => !string.IsNullOrEmpty(key.KeyId))
                .GroupBy(key => key.KeyId, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal),
            endorsements.ByKeyId);

    private sealed record Combined(OpenIdConnectConfiguration Configuration, KeyEndorsements Endorsements, SigningKeySet Set);
}
