using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>Ed25519 keys made from fixed seeds, to sign interactions as Discord would.</summary>
internal sealed class TestKeys
{
    private readonly Ed25519PrivateKeyParameters _private;

    private TestKeys(byte seed)
    {
        _private = new Ed25519PrivateKeyParameters(Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + seed)).ToArray(), 0);
        PublicKeyHex = Convert.ToHexStringLower(_private.GeneratePublicKey().GetEncoded());
    }

    /// <summary>The application's key, configured as Discord:PublicKey in the tests.</summary>
    public static TestKeys Application { get; } = new(1);

    /// <summary>Some other key: its signatures must be refused.</summary>
    public static TestKeys Other { get; } = new(2);

    public string PublicKeyHex { get; }

    public string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _private);
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
