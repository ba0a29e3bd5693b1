using GcmBot.Teams.Auth;
using GcmBot.Teams.Conversations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams;

/// <summary>
/// Readiness of the Teams adapter. Unhealthy (not ready) while no Connector token can be had: no reply
/// could be delivered. Asking for the token here also means the check notices by itself when the token
/// endpoint is back (the provider serves its cached token and only calls out when it has none). Degraded
/// while the state file cannot be written: answers still go out, conversation references are not updated.
/// </summary>
internal sealed class TeamsHealthCheck(
    IOptions<TeamsOptions> options,
    IOutboundTokenProvider tokens,
    IConversationReferenceStore references) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.IsEmulatorMode)
        {
            try
            {
                await tokens.GetTokenAsync(cancellationToken);
            }
            catch (OutboundTokenException ex)
            {
                return HealthCheckResult.Unhealthy($"No Connector token: {ex.Message} Replies cannot be sent until the token endpoint answers.");
            }
        }

        if (references is SqliteConversationReferenceStore store && await store.ProbeWriteAsync(cancellationToken) is { Writable: false } probe)
        {
            return HealthCheckResult.Degraded($"The Teams state file cannot be written ({probe.Reason}); answers still go out.");
        }

        return HealthCheckResult.Healthy(options.Value.IsEmulatorMode ? "Emulator mode (loopback only)." : "Connector token available.");
    }
}
