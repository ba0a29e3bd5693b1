namespace GcmBot.Benchmarks.Report;

/// <summary>One goal and what a run measured against it; <see cref="Before"/> is the old path in the same run, where it still exists.</summary>
internal sealed record GoalRow(string Name, string Goal, string Measured, bool? Met, string Notes, string Before = "—")
{
    /// <summary>
    /// The rows as one Markdown table, under <paramref name="columns"/>: name, goal, [before,] measured, met, notes
    /// (the before column only when <paramref name="withBefore"/>).
    /// </summary>
    public static void Write(TextWriter output, IEnumerable<GoalRow> rows, bool withBefore, params string[] columns)
    {
        output.WriteLine("| " + string.Join(" | ", columns) + " |");
        output.WriteLine("|" + string.Concat(columns.Select(_ => "---|")));
        foreach (var row in rows)
        {
            var met = row.Met switch { true => "yes", false => "**no**", null => "n/a" };
            var cells = withBefore
                ? new[] { row.Name, row.Goal, row.Before, row.Measured, met, row.Notes }
                : [row.Name, row.Goal, row.Measured, met, row.Notes];
            output.WriteLine("| " + string.Join(" | ", cells) + " |");
        }
    }
}
