namespace GcmBot.Core.Digest;

/// <summary>Whether a start..end period is exactly one unit of its precision (no false exactness).</summary>
internal static class PeriodRules
{
    public static bool Fits(CalendarPrecision precision, DateOnly start, DateOnly end) => precision switch
    {
        CalendarPrecision.Day => start == end,
        CalendarPrecision.DayRange => start < end,
        CalendarPrecision.Month => start.Day == 1 && end == start.AddMonths(1).AddDays(-1),
        CalendarPrecision.HalfYear => start.Day == 1 && start.Month is (1 or 7) && end == start.AddMonths(6).AddDays(-1),
        CalendarPrecision.Year => start == new DateOnly(start.Year, 1, 1) && end == new DateOnly(start.Year, 12, 31),
        _ => false,
    };
}
