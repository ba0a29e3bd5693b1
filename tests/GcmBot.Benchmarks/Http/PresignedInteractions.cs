using System.Diagnostics;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// Signed interactions made before each step, so that signing (Ed25519 and the body's JSON) is not in the driver's CPU
/// during it. Each is still distinct (a new interaction id) and validly signed, so the app verifies a fresh signature
/// and sees no replay: it does exactly the work it did when the driver signed during the step.
/// They are signed over one timestamp a little ahead, and the step starts when that timestamp is <see cref="Lead"/>
/// ahead of the clock, so it stays within the app's Discord:MaxSignatureAge (5 s in the benchmark) for a 4 s step even
/// when it starts late; once one would be too old, the step signs afresh instead.
/// </summary>
internal sealed class PresignedInteractions
{
    /// <summary>How far ahead of the clock the timestamp is when the step starts (the app allows 5 s either way).</summary>
    private const double Lead = 3.5;

    /// <summary>Older than this, a prepared request is not sent (the app allows 5 s): a 4 s step may start 3.5 s late.</summary>
    private const long UsableSeconds = 4;

    private readonly DiscordKeys _keys;
    private readonly Func<int, string> _body;
    private readonly Prepared<SignedRequest> _prepared;
    private double _secondsPerRequest = 100e-6;

    public PresignedInteractions(DiscordKeys keys, Func<int, string> body)
    {
        (_keys, _body) = (keys, body);
        _prepared = new Prepared<SignedRequest>(
            () => Interactions.Sign(_keys, _body, (long)Now()),
            request => Now() - request.UnixSeconds <= UsableSeconds);
    }

    public int MadeDuringStep => _prepared.MadeDuringStep;

    public SignedRequest Take() => _prepared.Take();

    public async Task PrepareAsync(StepPlan plan)
    {
        var stamp = (long)Math.Ceiling(Now() + (plan.Requests * _secondsPerRequest) + Lead);
        var started = Stopwatch.GetTimestamp();
        var requests = new SignedRequest[plan.Requests];
        for (var i = 0; i < requests.Length; i++)
        {
            requests[i] = Interactions.Sign(_keys, _body, stamp);
        }

        _secondsPerRequest = Stopwatch.GetElapsedTime(started).TotalSeconds / Math.Max(1, requests.Length);
        _prepared.Reset(requests);
        var early = stamp - Lead - Now();
        if (early > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(early));
        }
    }

    /// <summary>Unix time in seconds, with its fraction.</summary>
    private static double Now() => TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;
}
