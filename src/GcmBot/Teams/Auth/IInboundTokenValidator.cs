using System.Net;

namespace GcmBot.Teams.Auth;

/// <summary>
/// Decides whether an inbound activity really comes from the Bot Framework channel. A narrow seam so
/// an official SDK's authenticator could replace this implementation.
/// </summary>
public interface IInboundTokenValidator
{
    Task<InboundAuthResult> ValidateAsync(InboundRequest request, CancellationToken cancellationToken);
}

/// <summary>What validation needs from the HTTP request and the (not yet trusted) activity.</summary>
public sealed record InboundRequest(
    string? Authorization,
    string? ChannelId,
    string? ServiceUrl,
    IPAddress? RemoteAddress);

public enum InboundAuthStatus
{
    /// <summary>A valid channel token.</summary>
    Authenticated,

    /// <summary>Emulator mode: no app id, no token.</summary>
    Anonymous,

    /// <summary>401: missing, malformed, expired or mis-signed token, or wrong claims.</summary>
    Unauthorized,

    /// <summary>403: the signing key is not endorsed for the activity's channel, or Emulator rules broken.</summary>
    Forbidden,

    /// <summary>503: signing keys could not be fetched, so nothing can be validated.</summary>
    Unavailable,
}

/// <summary><paramref name="Reason"/> is for the log only; it never contains the token.</summary>
public sealed record InboundAuthResult(InboundAuthStatus Status, string Reason)
{
    public bool IsAccepted => Status is InboundAuthStatus.Authenticated or InboundAuthStatus.Anonymous;

    public static InboundAuthResult Unauthorized(string reason) => new(InboundAuthStatus.Unauthorized, reason);

    public static InboundAuthResult Forbidden(string reason) => new(InboundAuthStatus.Forbidden, reason);
}
