using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature (X-Signature-Ed25519) over X-Signature-Timestamp followed by the
/// raw body, with the application's public key, and refuses timestamps outside the allowed age.
/// </summary>
internal sealed class SignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time)
{
    private readonly Ed25519PublicKeyParameters _publicKey = new(Convert.FromHexString(options.Value.PublicKey ?? ""), 0);

    public SignatureCheck Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.Missing;
        }

        if (signatureHex.Length != 128 || !IsHex(signatureHex)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Malformed;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253_402_300_799));
        if (age.Duration() > options.Value.MaxSignatureAge)
        {
            return SignatureCheck.Stale;
        }

        var signer = new Ed25519Signer();
        signer.Init(false, _publicKey);
        var timestampBytes = Encoding.UTF8.GetBytes(timestamp);
        signer.BlockUpdate(timestampBytes, 0, timestampBytes.Length);
        var bodyBytes = body.ToArray();
        signer.BlockUpdate(bodyBytes, 0, bodyBytes.Length);
        return signer.VerifySignature(Convert.FromHexString(signatureHex)) ? SignatureCheck.Valid : SignatureCheck.Invalid;
    }

    private static bool IsHex(string text) => text.All(char.IsAsciiHexDigit);
}

internal enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,

    /// <summary>Signed too long ago (or in the future): a replay, or a clock far off.</summary>
    Stale,
    Invalid,
}
