using GcmBot.Teams.Auth;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Connector;

/// <summary>
/// Which serviceUrls may receive our bearer token. Inbound serviceUrls are already vouched for by the
/// signed serviceurl claim; this guards stored references (a tampered state file must not leak the token).
/// Our own defence in depth, not SDK behaviour. Emulator mode sends no token and talks to loopback only.
/// </summary>
internal sealed class ServiceUrlTrust(IOptions<TeamsOptions> options)
{
    private static readonly string[] MicrosoftHosts =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "*.botframework.us",
        "*.botframework.azure.us",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
    ];

    public bool IsTrusted(Uri serviceUrl)
    {
        if (options.Value.IsEmulatorMode)
        {
            return LoopbackServiceUrl.IsAllowed(serviceUrl.OriginalString);
        }

        if (options.Value.ExtraTrustedServiceHosts.Any(pattern => Matches(serviceUrl.Host, pattern)))
        {
            return serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp;
        }

        return serviceUrl.Scheme == Uri.UriSchemeHttps && MicrosoftHosts.Any(pattern => Matches(serviceUrl.Host, pattern));
    }

    private static bool Matches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
}
