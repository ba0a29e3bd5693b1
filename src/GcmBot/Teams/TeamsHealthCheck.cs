using GcmBot.Teams.Auth;
using GcmBot.Teams.Conversations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams;

/// <summary>
/// /readyz for Teams. With an app id, ready when the channel's signing keys are at hand (inbound tokens
/// can be checked) and a Connector token can be had (replies can be sent): exactly what a turn needs.
/// Both come from the adapter's caches, so a probe costs nothing while they are fresh; a failure is kept
/// for a few seconds so that many probes cannot turn into many calls to Microsoft's login endpoints.
/// In Emulator mode there is nothing to reach. Degraded (still ready) while the state file cannot be
/// written: answers go out, only conversation references are not updated. Unhealthy ("starting") until the start-up
/// step has checked the state file, so a damaged file is never reported ready.
/// </summary>
internal sealed class TeamsHealthCheck(
    IOptions<TeamsOptions> options,
    IServiceProvider services,
    IConversationReferenceStore references,
    TimeProvider time,
    TeamsStateCheck? stateCheck = null) : IHealthCheck
{
    internal static readonly TimeSpan FailureHold = TimeSpan.FromSeconds(10);

    private volatile HeldFailure? _held;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (stateCheck is { Done: false })
        {
            return HealthCheckResult.Unhealthy("starting: the state file (Teams:StatePath) is not checked yet");
        }

        if (references is SqliteConversationReferenceStore { Fault: { } fault } broken)
        {
            return HealthCheckResult.Unhealthy($"the state file at Teams:StatePath ({broken.FilePath}) cannot be used ({fault}); answers still go out");
        }

        if (references is SqliteConversationReferenceStore store && await store.ProbeWriteAsync(cancellationToken) is { Writable: false } probe)
        {
            return HealthCheckResult.Degraded($"the state file (Teams:StatePath) cannot be written ({probe.Reason}); answers still go out");
        }

        if (!options.Value.IsEndpointEnabled)
        {
            return HealthCheckResult.Healthy("off (no Teams:AppId and Teams:EmulatorMode is false): /api/messages is not mapped");
        }

        if (options.Value.IsEmulatorMode)
        {
            return HealthCheckResult.Healthy("Emulator mode (no Teams:AppId): loopback callers only, no tokens");
        }

        if (_held is { } held && time.GetUtcNow() < held.Until)
        {
            return held.Result;
        }

        var (result, failed) = await CheckCredentialsAsync(cancellationToken);
        if (failed)
        {
            _held = new HeldFailure(result, time.GetUtcNow() + FailureHold);
        }

        return result;
    }

    // Only with an app id: the signing keys and the token provider are resolved here, not in the constructor, and
    // their types are named only in this method, so with Teams off (every /readyz still runs this check) the
    // IdentityModel libraries are never loaded (about 1.4 MB resident; issue 19, memory after start).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private async Task<(HealthCheckResult Result, bool Failed)> CheckCredentialsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var set = await services.GetRequiredService<ISigningKeySource>().GetAsync(cancellationToken);
            await services.GetRequiredService<IOutboundTokenProvider>().GetTokenAsync(cancellationToken);
            return (HealthCheckResult.Healthy($"channel signing keys at hand ({set.Keys.Count}); Connector token acquired"), false);
        }
        catch (SigningKeysUnavailableException)
        {
            return (HealthCheckResult.Unhealthy("the Bot Framework signing keys could not be fetched (Teams:OpenIdMetadataUrl, network)"), true);
        }
        catch (OutboundTokenException ex)
        {
            return (HealthCheckResult.Unhealthy($"no Connector token (Teams:AppId, AppSecret, TenantId, AppType): {ex.Message}"), true);
        }
    }

    private sealed record HeldFailure(HealthCheckResult Result, DateTimeOffset Until);
}
