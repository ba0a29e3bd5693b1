using GcmBot.Digest;

namespace GcmBot.Tests.Digest;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2026-11-22T13:59:00Z", "2026-11-21")] // 08:59 in New York: today's 09:00 has not come
    [InlineData("2026-11-22T14:00:00Z", "2026-11-22")]
    [InlineData("2026-11-23T04:30:00Z", "2026-11-22")] // 23:30 on the 22nd in New York, already the 23rd in UTC
    public void DueDay_IsTheLatestLocalDayWhoseTimeHasCome(string now, string expected)
    {
        var subscription = Subscription("09:00", startsAt: "2026-11-01T00:00:00Z");

        Assert.Equal(DateOnly.Parse(expected, null), DigestSchedule.DueDay(subscription, NewYork, DateTimeOffset.Parse(now, null)));
    }

    [Fact]
    public void DueDay_TimeCameBeforeTheSubscription_NothingOwed()
    {
        var subscription = Subscription("09:00", startsAt: "2026-11-22T15:00:00Z"); // subscribed at 10:00 New York time

        Assert.Null(DigestSchedule.DueDay(subscription, NewYork, DateTimeOffset.Parse("2026-11-22T16:00:00Z", null)));
    }

    [Fact]
    public void NextInstant_AlreadySentToday_IsTomorrow()
    {
        var subscription = Subscription("09:00", startsAt: "2026-11-01T00:00:00Z") with { LastSentLocalDate = new DateOnly(2026, 11, 22) };

        Assert.Equal(
            DateTimeOffset.Parse("2026-11-23T14:00:00Z", null),
            DigestSchedule.NextInstant(subscription, NewYork, DateTimeOffset.Parse("2026-11-22T13:00:00Z", null)));
    }

    private static DigestSubscription Subscription(string time, string startsAt) =>
        new(1, "discord", "c", TimeOnly.Parse(time, null), NewYork.Id, DateTimeOffset.Parse(startsAt, null), false, null, null);
}
