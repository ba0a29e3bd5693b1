using System.Text;
using NSec.Cryptography;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>Ed25519 keys made from fixed seeds (RFC 8032 private keys), to sign interactions as Discord would.</summary>
internal sealed class TestKeys
{
    private readonly Key _private;

    private TestKeys(byte seed)
    {
        var seedBytes = Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + seed)).ToArray();
        _private = Key.Import(SignatureAlgorithm.Ed25519, seedBytes, KeyBlobFormat.RawPrivateKey);
        PublicKeyHex = Convert.ToHexStringLower(_private.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The application's key, configured as Discord:PublicKey in the tests.</summary>
    public static TestKeys Application { get; } = new(1);

    /// <summary>Some other key: its signatures must be refused.</summary>
    public static TestKeys Other { get; } = new(2);

    public string PublicKeyHex { get; }

    public string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_private, message));
    }
}
