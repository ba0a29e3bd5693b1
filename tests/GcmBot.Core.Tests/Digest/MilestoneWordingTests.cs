using GcmBot.Core.Digest;

namespace GcmBot.Core.Tests.Digest;

public sealed class MilestoneWordingTests
{
    [Theory]
    [InlineData(CalendarPrecision.Day, "2018-12-19", "2018-12-19", "19 December 2018")]
    [InlineData(CalendarPrecision.DayRange, "2022-05-17", "2022-05-20", "17–20 May 2022")]
    [InlineData(CalendarPrecision.DayRange, "2018-02-28", "2018-03-01", "28 February – 1 March 2018")]
    [InlineData(CalendarPrecision.Month, "2018-12-01", "2018-12-31", "December 2018")]
    [InlineData(CalendarPrecision.HalfYear, "2024-07-01", "2024-12-31", "second half of 2024")]
    [InlineData(CalendarPrecision.Year, "2026-01-01", "2026-12-31", "2026")]
    public void When_EachPrecision_SaysNoMoreThanTheSource(CalendarPrecision precision, string start, string end, string expected) =>
        Assert.Equal(expected, MilestoneWording.When(Entry(precision, start, end)));

    [Theory]
    [InlineData(CalendarPrecision.Day, "2026-12-01", "2026-12-01", "2026-11-22", "in 9 days")]
    [InlineData(CalendarPrecision.Day, "2026-11-23", "2026-11-23", "2026-11-22", "tomorrow")]
    [InlineData(CalendarPrecision.Day, "2026-11-22", "2026-11-22", "2026-11-22", "today")]
    [InlineData(CalendarPrecision.Day, "2026-11-19", "2026-11-19", "2026-11-22", "3 days ago")]
    [InlineData(CalendarPrecision.DayRange, "2022-05-17", "2022-05-20", "2022-05-10", "starts in 7 days")]
    [InlineData(CalendarPrecision.DayRange, "2022-05-17", "2022-05-20", "2022-05-18", "under way (day 2 of 4)")]
    [InlineData(CalendarPrecision.DayRange, "2022-05-17", "2022-05-20", "2022-05-21", "ended yesterday")]
    [InlineData(CalendarPrecision.Month, "2018-12-01", "2018-12-31", "2018-10-31", "in 2 months")]
    [InlineData(CalendarPrecision.HalfYear, "2024-07-01", "2024-12-31", "2024-06-30", "next half-year")]
    [InlineData(CalendarPrecision.HalfYear, "2024-07-01", "2024-12-31", "2026-11-22", "4 half-years ago")]
    [InlineData(CalendarPrecision.Year, "2026-01-01", "2026-12-31", "2026-11-22", "this year")]
    [InlineData(CalendarPrecision.Year, "2028-01-01", "2028-12-31", "2026-11-22", "in 2 years")]
    [InlineData(CalendarPrecision.Year, "2028-01-01", "2028-12-31", "2027-12-31", "next year")]
    [InlineData(CalendarPrecision.Year, "2024-01-01", "2024-12-31", "2026-01-01", "2 years ago")]
    public void Countdown_EachPrecision_CountsInTheSourcesUnit(
        CalendarPrecision precision, string start, string end, string today, string expected) =>
        Assert.Equal(expected, MilestoneWording.Countdown(Entry(precision, start, end), DateOnly.Parse(today, null)));

    private static CalendarEntry Entry(CalendarPrecision precision, string start, string end) =>
        new("x", "X", MilestoneKind.Meeting, "x", DateOnly.Parse(start, null), DateOnly.Parse(end, null), precision, "c",
            new PassageReference("progress-declaration", 1));
}
