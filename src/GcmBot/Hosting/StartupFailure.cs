namespace GcmBot.Hosting;

/// <summary>
/// How the process ends when it cannot start or a background service dies: one line on standard error
/// that names the problem (the exceptions name their setting, path or file), and a non-zero exit code,
/// so a supervisor with Restart=on-failure sees the failure. An escaped exception would instead abort the
/// runtime (exit 134) after a stack trace.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 1;

    public static int Report(Exception exception)
    {
        var root = exception is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : exception;
        Console.Error.WriteLine($"GcmBot stopped: {root.Message.ReplaceLineEndings(" ")} ({root.GetType().Name})");
        return ExitCode;
    }

    /// <summary>Whether a background service ended with an exception, which stops the host (the default behaviour).</summary>
    public static bool AnyBackgroundServiceFailed(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<BackgroundService>().Any(s => s.ExecuteTask is { IsFaulted: true });
}
