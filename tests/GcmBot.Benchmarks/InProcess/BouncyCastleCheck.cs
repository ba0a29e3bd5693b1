using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// The app's Ed25519 check as it was before NSec (Portable.BouncyCastle, the body copied into an array),
/// kept here only so that one run measures the old and the new check side by side.
/// </summary>
internal sealed class BouncyCastleCheck(string publicKeyHex)
{
    private readonly Ed25519PublicKeyParameters _publicKey = new(Convert.FromHexString(publicKeyHex), 0);

    public bool Verify(string signatureHex, string timestamp, ReadOnlySpan<byte> body)
    {
        var signer = new Ed25519Signer();
        signer.Init(false, _publicKey);
        var timestampBytes = Encoding.UTF8.GetBytes(timestamp);
        signer.BlockUpdate(timestampBytes, 0, timestampBytes.Length);
        var bodyBytes = body.ToArray();
        signer.BlockUpdate(bodyBytes, 0, bodyBytes.Length);
        return signer.VerifySignature(Convert.FromHexString(signatureHex));
    }
}
