namespace GcmBot.Tests.Digest;

/// <summary>The daily cadence, per local day, in several time zones and across DST changes.</summary>
public sealed class DigestDispatcherCadenceTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);
    private readonly DigestHarness _harness = new(new DateTimeOffset(2026, 10, 23, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task RunOnce_SeveralZonesAcrossAutumnDstChanges_OnePostPerLocalDayAtTheLocalTime()
    {
        // Europe leaves summer time on 25 October 2026, the United States on 1 November 2026,
        // while Sydney entered it on 4 October; India has no DST.
        (string Conversation, string Zone, string Time)[] subscriptions =
        [
            ("utc", "UTC", "09:00"),
            ("geneva", "Europe/Zurich", "09:00"),
            ("new-york", "America/New_York", "09:00"),
            ("sydney", "Australia/Sydney", "07:30"),
            ("delhi", "Asia/Kolkata", "18:45"),
        ];
        foreach (var (conversation, zone, time) in subscriptions)
        {
            await _harness.SubscribeAsync(conversation == "sydney" ? "teams" : "discord", conversation, time, zone);
        }

        var dispatcher = _harness.NewDispatcher();
        await _harness.RunUntilAsync(dispatcher, new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero), Step);

        foreach (var (conversation, zoneId, time) in subscriptions)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var local = _harness.PostsTo(conversation).Select(p => TimeZoneInfo.ConvertTime(p.At, zone)).ToList();
            Assert.All(local, l => Assert.Equal(time, l.ToString("HH:mm", null)));
            var days = local.Select(l => DateOnly.FromDateTime(l.DateTime)).ToList();
            Assert.Equal(days.Distinct().Count(), days.Count);
            var first = days[0];
            Assert.Equal(Enumerable.Range(0, days.Count).Select(first.AddDays), days);
            Assert.True(days.Count >= 10, $"{conversation}: {days.Count} posts");
        }

        Assert.Equal(2, OffsetsSeen("geneva", "Europe/Zurich"));
        Assert.Equal(2, OffsetsSeen("new-york", "America/New_York"));
    }

    [Fact]
    public async Task RunOnce_SpringForwardSkipsTheLocalTime_PostsOnceAtTheFirstMinuteAfterTheGap()
    {
        // On 28 March 2027 clocks in Berlin jump from 02:00 to 03:00: 02:30 does not exist that day.
        _harness.Time.AdvanceTo(new DateTimeOffset(2027, 3, 25, 12, 0, 0, TimeSpan.Zero));
        await _harness.SubscribeAsync("discord", "berlin-night", "02:30", "Europe/Berlin");

        await _harness.RunUntilAsync(_harness.NewDispatcher(), new DateTimeOffset(2027, 3, 30, 12, 0, 0, TimeSpan.Zero), Step);

        Assert.Equal(
            [
                new DateTimeOffset(2027, 3, 26, 1, 30, 0, TimeSpan.Zero), // 02:30 CET
                new DateTimeOffset(2027, 3, 27, 1, 30, 0, TimeSpan.Zero), // 02:30 CET
                new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero),  // 03:00 CEST, first minute after the gap
                new DateTimeOffset(2027, 3, 29, 0, 30, 0, TimeSpan.Zero), // 02:30 CEST
                new DateTimeOffset(2027, 3, 30, 0, 30, 0, TimeSpan.Zero), // 02:30 CEST
            ],
            _harness.PostsTo("berlin-night").Select(p => p.At.ToUniversalTime()));
    }

    [Fact]
    public async Task RunOnce_FallBackRepeatsTheLocalTime_PostsOnlyAtTheFirstOccurrence()
    {
        // On 25 October 2026 Berlin's clocks go from 03:00 back to 02:00: 02:30 happens twice.
        _harness.Time.AdvanceTo(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        await _harness.SubscribeAsync("discord", "berlin-night", "02:30", "Europe/Berlin");

        await _harness.RunUntilAsync(_harness.NewDispatcher(), new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.Zero), Step);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), // 02:30 CEST, the first of the two
                new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), // 02:30 CET
            ],
            _harness.PostsTo("berlin-night").Select(p => p.At.ToUniversalTime()));
    }

    [Fact]
    public async Task RunOnce_SubscribedAfterTodaysTime_FirstPostIsTomorrow()
    {
        _harness.Time.AdvanceTo(new DateTimeOffset(2026, 10, 23, 10, 0, 0, TimeSpan.Zero));
        await _harness.SubscribeAsync("discord", "late-subscriber", "09:00", "UTC");

        await _harness.RunUntilAsync(_harness.NewDispatcher(), new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.Zero), Step);

        var post = Assert.Single(_harness.PostsTo("late-subscriber"));
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 9, 0, 0, TimeSpan.Zero), post.At);
        Assert.Equal("GCM review calendar — 24 October 2026", post.Reply.Title);
    }

    private int OffsetsSeen(string conversation, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        return _harness.PostsTo(conversation).Select(p => zone.GetUtcOffset(p.At)).Distinct().Count();
    }
}
