namespace GcmBot.Teams.Auth;

/// <summary>
/// HTTP-level rules for the unauthenticated Emulator endpoint, checked before the body is read. They stop a
/// web page in the user's browser (a "simple" cross-origin POST: text/plain or a form, with an Origin header)
/// and anything relayed by a proxy on the same host (forwarding headers), which would otherwise look loopback.
/// </summary>
internal static class EmulatorRequestGate
{
    public static EmulatorRefusal? Check(HttpRequest request)
    {
        if (request.Headers.Origin.Count > 0)
        {
            return new(StatusCodes.Status403Forbidden, "an Origin header was sent (browser pages may not call the Emulator endpoint)");
        }

        if (request.Headers.Keys.FirstOrDefault(IsForwardingHeader) is { } header)
        {
            return new(StatusCodes.Status403Forbidden, $"a forwarding header ({header}) was sent; Emulator mode takes no proxied requests");
        }

        if (request.HttpContext.Connection.RemoteIpAddress is not { } remote || !EmulatorModeRules.IsLoopback(remote))
        {
            return new(StatusCodes.Status403Forbidden, "Emulator mode answers loopback callers only");
        }

        return IsJson(request.ContentType)
            ? null
            : new(StatusCodes.Status415UnsupportedMediaType, "the content type is not application/json");
    }

    // X-Original-* are what the ForwardedHeaders middleware leaves behind after applying X-Forwarded-*.
    private static bool IsForwardingHeader(string name) =>
        name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-Original-", StringComparison.OrdinalIgnoreCase)
        || name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Why a request to the Emulator endpoint was refused, and with which status.</summary>
internal sealed record EmulatorRefusal(int StatusCode, string Reason);
