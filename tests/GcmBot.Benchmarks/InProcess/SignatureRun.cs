using GcmBot.Benchmarks.Http;
using GcmBot.Benchmarks.Measure;
using GcmBot.Discord;
using GcmBot.Discord.Interactions;
using Microsoft.Extensions.Options;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>The app's Ed25519 check of one signed interaction: the fixed cost of every Discord request.</summary>
internal static class SignatureRun
{
    public static Timing Run(int rounds)
    {
        var keys = new DiscordKeys();
        var verifier = new SignatureVerifier(Options.Create(new DiscordOptions { PublicKey = keys.PublicKeyHex }), TimeProvider.System);
        var sign = Interactions.Signer(keys, Interactions.Ping);
        var requests = Enumerable.Range(0, 16).Select(_ => sign()).ToList();
        var latencies = Sampler.Run(requests, rounds, r => verifier.Verify(r.Signature, r.Timestamp, r.Body));
        return requests.All(r => verifier.Verify(r.Signature, r.Timestamp, r.Body) == SignatureCheck.Valid)
            ? latencies
            : throw new InvalidOperationException("The benchmark's signatures do not verify.");
    }
}
