using GcmBot.Benchmarks.Http;
using GcmBot.Benchmarks.Measure;
using GcmBot.Discord;
using GcmBot.Discord.Interactions;
using Microsoft.Extensions.Options;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>The Ed25519 check of one signed interaction (the fixed cost of every Discord request): the app's (NSec) and the old one (BouncyCastle).</summary>
internal sealed record SignatureFigures(Timing NSec, Timing BouncyCastle);

internal static class SignatureRun
{
    public static SignatureFigures Run(int rounds)
    {
        using var keys = new DiscordKeys();
        var verifier = new SignatureVerifier(Options.Create(new DiscordOptions { PublicKey = keys.PublicKeyHex }), TimeProvider.System);
        var old = new BouncyCastleCheck(keys.PublicKeyHex);
        var sign = Interactions.Signer(keys, Interactions.Ping);
        var requests = Enumerable.Range(0, 16).Select(_ => sign()).ToList();
        if (!requests.All(r => verifier.Verify(r.Signature, r.Timestamp, r.Body) == SignatureCheck.Valid && old.Verify(r.Signature, r.Timestamp, r.Body)))
        {
            throw new InvalidOperationException("The benchmark's signatures do not verify.");
        }

        var nsec = Sampler.Run(requests, rounds, r => verifier.Verify(r.Signature, r.Timestamp, r.Body));
        var bouncyCastle = Sampler.Run(requests, rounds, r => old.Verify(r.Signature, r.Timestamp, r.Body));
        return new SignatureFigures(nsec, bouncyCastle);
    }
}
