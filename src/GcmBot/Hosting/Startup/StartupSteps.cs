namespace GcmBot.Hosting.Startup;

/// <summary>
/// Runs each registered <see cref="StartupStep"/> on a dedicated thread of its own, all begun as early as the app can
/// (just after the host is built, or at the latest when it starts), so that on a machine with a second core the
/// corpus and the index are built while the host, Kestrel and the other services start. A step that needs another's
/// result resolves it from the container and waits there until it is built (the index waits for the corpus), so the
/// steps need no order of their own and independent ones (the lexicon) run side by side. The host reports started
/// only after every step has run, and a failed step fails the start with its own exception (which names the
/// corpus file or setting), so a broken corpus still stops the app with a non-zero exit. Until then the readiness
/// checks see <see cref="StartupStep.IsReady"/> false and /readyz answers 503.
/// </summary>
internal sealed class StartupSteps(IEnumerable<StartupStep> steps, IServiceProvider services) : IHostedLifecycleService
{
    private readonly Lock _lock = new();
    private Task? _run;

    /// <summary>Starts the steps if they have not started; later calls return the same run.</summary>
    public Task Begin()
    {
        lock (_lock)
        {
            // Dedicated threads, not the thread pool: the steps are CPU-bound and some block on singletons being built.
            return _run ??= Task.WhenAll(steps.Select(step => Task.Factory.StartNew(
                () => step.Execute(services), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = Begin();
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
