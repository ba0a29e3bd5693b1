using System.Globalization;

namespace GcmBot.Benchmarks.Report;

/// <summary>
/// Everything one run measured: the targets with their verdicts, then tables of detail. Printed as
/// Markdown so the output pastes into the README as it is.
/// </summary>
internal sealed class BenchmarkReport
{
    private readonly List<GoalRow> _targets = [];
    private readonly List<Table> _tables = [];
    private readonly List<string> _notes = [];

    public void Target(string measurement, string goal, string measured, bool? met, string why = "") =>
        _targets.Add(new GoalRow(measurement, goal, measured, met, why));

    public void Target(GoalRow row) => _targets.Add(row);

    public Table Table(string title, params string[] columns)
    {
        var table = new Table(title, columns);
        _tables.Add(table);
        return table;
    }

    public void Note(string text) => _notes.Add(text);

    public void Write(TextWriter output, string header)
    {
        output.WriteLine(header);
        output.WriteLine();
        GoalRow.Write(output, _targets, withBefore: false, "target", "goal", "measured", "met", "why / where the time goes");

        foreach (var table in _tables)
        {
            output.WriteLine();
            table.Write(output);
        }

        if (_notes.Count > 0)
        {
            output.WriteLine();
            foreach (var note in _notes)
            {
                output.WriteLine("- " + note);
            }
        }
    }

    /// <summary>Microseconds from milliseconds, for in-process figures.</summary>
    public static string Micros(double milliseconds) =>
        double.IsNaN(milliseconds) ? "—" : (milliseconds * 1000).ToString(milliseconds < 0.01 ? "0.0" : "N0", CultureInfo.InvariantCulture);

    public static string Millis(double milliseconds) =>
        double.IsNaN(milliseconds) ? "—" : milliseconds.ToString(milliseconds < 10 ? "0.00" : "N1", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>One Markdown table: a title line, the header, and rows added as measurements finish.</summary>
internal sealed class Table(string title, string[] columns)
{
    private readonly List<string[]> _rows = [];

    public void Row(params string[] cells) => _rows.Add(cells);

    public void Write(TextWriter output)
    {
        output.WriteLine(title);
        output.WriteLine();
        output.WriteLine("| " + string.Join(" | ", columns) + " |");
        output.WriteLine("|" + string.Join("|", columns.Select((_, i) => i == 0 ? "---" : "---:")) + "|");
        foreach (var row in _rows)
        {
            output.WriteLine("| " + string.Join(" | ", row) + " |");
        }
    }
}
