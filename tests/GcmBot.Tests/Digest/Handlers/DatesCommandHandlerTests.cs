using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Digest.Handlers;

namespace GcmBot.Tests.Digest.Handlers;

public sealed class DatesCommandHandlerTests : IDisposable
{
    private readonly DigestHarness _harness = new(new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Dates_NotSubscribed_TodaysDigestInUtc()
    {
        var reply = await HandleAsync("", new ChatContext(Surface.Local, "console", "me"));

        AssertDigest(_harness.Composer.Compose(new DateOnly(2026, 11, 22)), reply);
    }

    [Fact]
    public async Task Dates_SubscribedInTokyo_TodayIsTokyosDay()
    {
        await _harness.SubscribeAsync("teams", "conv", "09:00", "Asia/Tokyo");

        var reply = await HandleAsync("", new ChatContext(Surface.Teams, "conv", "me"));

        Assert.Equal("GCM review calendar — 23 November 2026", reply.Title);
    }

    [Fact]
    public async Task Dates_GivenADate_CalendarAsSeenThatDay()
    {
        var reply = await HandleAsync("2022-05-18", new ChatContext(Surface.Local, "console", "me"));

        AssertDigest(_harness.Composer.Compose(new DateOnly(2022, 5, 18)), reply);
    }

    [Fact]
    public async Task Dates_NotADate_FriendlyError()
    {
        var reply = await HandleAsync("next week", new ChatContext(Surface.Local, "console", "me"));

        Assert.Equal(ReplyKind.Error, reply.Kind);
    }

    // The probe: "dates 9999-01-01" threw ArgumentOutOfRangeException. The range is 1900-2200.
    [Theory]
    [InlineData("9999-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    public async Task Dates_FarOutsideTheCalendar_OutOfRangeReply(string day)
    {
        var reply = await HandleAsync(day, new ChatContext(Surface.Local, "console", "me"));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Equal("Date out of range", reply.Title);
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2200-12-31")]
    public async Task Dates_AtTheEdgesOfTheRange_Composed(string day)
    {
        var reply = await HandleAsync(day, new ChatContext(Surface.Local, "console", "me"));

        Assert.NotEqual(ReplyKind.Error, reply.Kind);
    }

    private static void AssertDigest(Reply expected, Reply actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Blocks, actual.Blocks);
    }

    private Task<Reply> HandleAsync(string arguments, ChatContext context) =>
        new DatesCommandHandler(_harness.Store, _harness.Composer, _harness.Time).HandleAsync(arguments, context, CancellationToken.None);
}
