using System.Net;

namespace GcmBot.Teams.Auth;

/// <summary>
/// Local Emulator mode (no Teams:AppId): like the SDK, a missing token is tolerated and any token is
/// refused. Because nothing is authenticated, we also require a loopback caller and a loopback
/// serviceUrl, so an exposed endpoint can be neither used by others nor turned into a request relay.
/// </summary>
internal static class EmulatorModeRules
{
    public static InboundAuthResult Check(InboundRequest request)
    {
        if (!string.IsNullOrEmpty(request.Authorization))
        {
            return InboundAuthResult.Unauthorized("a token was sent but Teams:AppId is empty (Emulator mode accepts no tokens)");
        }

        if (request.RemoteAddress is null || !IsLoopback(request.RemoteAddress))
        {
            return InboundAuthResult.Forbidden("Emulator mode answers loopback callers only");
        }

        return IsLoopbackUrl(request.ServiceUrl)
            ? new InboundAuthResult(InboundAuthStatus.Anonymous, "Emulator mode")
            : InboundAuthResult.Forbidden("Emulator mode replies to a loopback serviceUrl only");
    }

    public static bool IsLoopbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback;

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
