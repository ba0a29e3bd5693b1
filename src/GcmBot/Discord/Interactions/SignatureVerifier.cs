using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature (X-Signature-Ed25519) over X-Signature-Timestamp followed by the
/// raw body, with the application's public key (libsodium through NSec), and refuses timestamps outside
/// the allowed age. Ed25519 signs the whole message at once, so the timestamp and the body are laid side by
/// side in one pooled buffer: the body is copied once, and nothing is allocated per request.
/// </summary>
internal sealed class SignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time)
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    private readonly PublicKey _publicKey = PublicKey.Import(Ed25519, Convert.FromHexString(options.Value.PublicKey ?? ""), KeyBlobFormat.RawPublicKey);

    public SignatureCheck Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.Missing;
        }

        Span<byte> signature = stackalloc byte[64];
        if (signatureHex.Length != 128 || Convert.FromHexString(signatureHex, signature, out _, out _) != OperationStatus.Done
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Malformed;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253_402_300_799));
        if (age.Duration() > options.Value.MaxSignatureAge)
        {
            return SignatureCheck.Stale;
        }

        // The timestamp passed NumberStyles.None: ASCII digits only, one byte per character.
        var length = timestamp.Length + body.Length;
        var message = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.ASCII.GetBytes(timestamp, message);
            body.CopyTo(message.AsSpan(written));
            return Ed25519.Verify(_publicKey, message.AsSpan(0, length), signature) ? SignatureCheck.Valid : SignatureCheck.Invalid;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }
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
