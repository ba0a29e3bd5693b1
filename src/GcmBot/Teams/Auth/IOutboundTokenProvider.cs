namespace GcmBot.Teams.Auth;

/// <summary>
/// The bearer token our calls to the Connector carry. Null in Emulator mode, where the Emulator expects
/// requests without a token. A narrow seam so an official SDK's credentials could replace it.
/// </summary>
public interface IOutboundTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// After the Connector answered 401 to <paramref name="rejectedToken"/>: fetches a new token, unless
    /// another caller already replaced that one.
    /// </summary>
    Task<string?> RenewAsync(string rejectedToken, CancellationToken cancellationToken);
}

/// <summary>The token endpoint refused or failed; the message names the status and error code only.</summary>
public sealed class OutboundTokenException(string message, Exception? inner = null) : Exception(message, inner);
