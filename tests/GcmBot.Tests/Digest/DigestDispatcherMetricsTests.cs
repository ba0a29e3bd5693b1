using GcmBot.Core.Delivery;

namespace GcmBot.Tests.Digest;

/// <summary>Each post's outcome is counted: sends per surface, failures per surface and outcome.</summary>
public sealed class DigestDispatcherMetricsTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);
    private readonly DigestHarness _harness = new(Nine.AddMinutes(-1));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task RunOnce_SentRetriedGone_EachCountedWithItsSurfaceAndOutcome()
    {
        await _harness.SubscribeAsync("discord", "sent", "09:00", "UTC");
        await _harness.SubscribeAsync("teams", "retry", "09:00", "UTC");
        await _harness.SubscribeAsync("discord", "gone", "09:00", "UTC");
        _harness.Respond = p => Task.FromResult(p.Conversation switch
        {
            "sent" => PostOutcome.Sent,
            "retry" => PostOutcome.Retry,
            _ => PostOutcome.Gone,
        });

        await _harness.RunUntilAsync(_harness.NewDispatcher(), Nine.AddMinutes(1), TimeSpan.FromMinutes(1));

        var sends = Assert.Single(_harness.Meters.Recorder.Of("gcmbot.digest.sends"));
        Assert.Equal((1d, "discord"), (sends.Value, sends["surface"]));
        Assert.Equal(
            [("discord", "gone"), ("teams", "retry")],
            _harness.Meters.Recorder.Of("gcmbot.digest.failures").Select(m => (m["surface"], m["outcome"])).Order());
    }

    [Fact]
    public async Task RunOnce_LastAttemptFails_CountedAsGivenUp()
    {
        _harness.Options.MaxAttempts = 1;
        await _harness.SubscribeAsync("teams", "c1", "09:00", "UTC");
        _harness.Respond = _ => Task.FromResult(PostOutcome.Retry);

        await _harness.RunUntilAsync(_harness.NewDispatcher(), Nine.AddMinutes(1), TimeSpan.FromMinutes(1));

        var failure = Assert.Single(_harness.Meters.Recorder.Of("gcmbot.digest.failures"));
        Assert.Equal(("teams", "given_up"), (failure["surface"], failure["outcome"]));
        Assert.Empty(_harness.Meters.Recorder.Of("gcmbot.digest.sends"));
    }
}
