using System.Globalization;

namespace GcmBot.Core.Digest;

/// <summary>
/// Our words for when a milestone is and how far away it is, never finer than its precision:
/// a forum dated by a year is "next year", never "in 403 days".
/// </summary>
public static class MilestoneWording
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", English);

    /// <summary>"17–20 May 2022", "December 2018", "second half of 2024", "2026".</summary>
    public static string When(CalendarEntry entry) => entry.Precision switch
    {
        CalendarPrecision.Day => Date(entry.Start),
        CalendarPrecision.DayRange => Range(entry.Start, entry.End),
        CalendarPrecision.Month => entry.Start.ToString("MMMM yyyy", English),
        CalendarPrecision.HalfYear => $"{(entry.Start.Month == 1 ? "first" : "second")} half of {entry.Start.Year}",
        _ => entry.Start.Year.ToString(English),
    };

    /// <summary>"in 3 days", "under way (day 2 of 4)", "next year", "2 half-years ago".</summary>
    public static string Countdown(CalendarEntry entry, DateOnly today) => entry.Precision switch
    {
        CalendarPrecision.Day => Days(entry.Start.DayNumber - today.DayNumber),
        CalendarPrecision.DayRange => DayRange(entry, today),
        CalendarPrecision.Month => Units(MonthIndex(entry.Start) - MonthIndex(today), "month", "this month", "next month", "last month"),
        CalendarPrecision.HalfYear => Units(HalfIndex(entry.Start) - HalfIndex(today), "half-year", "this half-year", "next half-year", "last half-year"),
        _ => Units(entry.Start.Year - today.Year, "year", "this year", "next year", "last year"),
    };

    /// <summary>What the source leaves open, for anything coarser than a day.</summary>
    public static string? Vagueness(CalendarEntry entry) => entry.Precision switch
    {
        CalendarPrecision.Month => "The documents give the month only.",
        CalendarPrecision.HalfYear => "The documents give the half-year only.",
        CalendarPrecision.Year => "The documents give the year only.",
        _ => null,
    };

    private static string Range(DateOnly start, DateOnly end)
    {
        if (start.Year != end.Year)
        {
            return $"{Date(start)} – {Date(end)}";
        }

        return start.Month == end.Month
            ? $"{start.Day}–{Date(end)}"
            : $"{start.ToString("d MMMM", English)} – {Date(end)}";
    }

    private static string DayRange(CalendarEntry entry, DateOnly today)
    {
        if (today < entry.Start)
        {
            return "starts " + Days(entry.Start.DayNumber - today.DayNumber);
        }

        if (today > entry.End)
        {
            return "ended " + Days(entry.End.DayNumber - today.DayNumber);
        }

        var length = entry.End.DayNumber - entry.Start.DayNumber + 1;
        return $"under way (day {today.DayNumber - entry.Start.DayNumber + 1} of {length})";
    }

    private static string Days(int delta) => delta switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        > 1 => $"in {delta} days",
        _ => $"{-delta} days ago",
    };

    private static string Units(int delta, string unit, string current, string next, string previous) => delta switch
    {
        0 => current,
        1 => next,
        -1 => previous,
        > 1 => $"in {delta} {unit}s",
        _ => $"{-delta} {unit}s ago",
    };

    private static int MonthIndex(DateOnly day) => (day.Year * 12) + day.Month - 1;

    private static int HalfIndex(DateOnly day) => (day.Year * 2) + (day.Month > 6 ? 1 : 0);
}
