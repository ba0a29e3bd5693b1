using System.Globalization;

namespace GcmBot.Soak;

/// <summary>Command line: --app path/GcmBot.dll [--minutes 3] [--rate 20] (requests per second per endpoint).</summary>
internal sealed record SoakOptions(string AppDll, TimeSpan Duration, int RatePerEndpoint)
{
    /// <summary>The soak stops by itself: never longer than this, whatever is asked.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);

    public static SoakOptions Parse(string[] args)
    {
        string? Value(string name) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

        var app = Value("--app") ?? throw new ArgumentException("--app path/to/GcmBot.dll is required (the published app).");
        var minutes = double.Parse(Value("--minutes") ?? "3", CultureInfo.InvariantCulture);
        var rate = int.Parse(Value("--rate") ?? "20", CultureInfo.InvariantCulture);
        if (!File.Exists(app))
        {
            throw new ArgumentException($"--app {app}: no such file.");
        }

        if (minutes <= 0 || rate is < 1 or > 500)
        {
            throw new ArgumentException("--minutes must be above 0 and --rate between 1 and 500.");
        }

        var duration = TimeSpan.FromMinutes(minutes);
        return new SoakOptions(Path.GetFullPath(app), duration < MaxDuration ? duration : MaxDuration, rate);
    }
}
