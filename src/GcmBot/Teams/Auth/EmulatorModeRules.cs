using System.Net;

namespace GcmBot.Teams.Auth;

/// <summary>
/// Local Emulator mode (no Teams:AppId, Teams:EmulatorMode on): like the SDK, a missing token is tolerated
/// and any token is refused. Because nothing is authenticated, we also require a loopback caller and a
/// loopback serviceUrl, so an exposed endpoint can be neither used by others nor turned into a request relay.
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

        return LoopbackServiceUrl.IsAllowed(request.ServiceUrl)
            ? new InboundAuthResult(InboundAuthStatus.Anonymous, "Emulator mode")
            : InboundAuthResult.Forbidden("Emulator mode replies to an http://localhost or http://127.0.0.1 serviceUrl only");
    }

    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
