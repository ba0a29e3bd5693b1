namespace GcmBot.Hosting.Startup;

/// <summary>
/// Work that must be done before the app is ready (the corpus loaded, the index built), run by
/// <see cref="StartupSteps"/> on a thread of its own while the rest of the host starts.
/// </summary>
/// <param name="name">What the step makes ready, as the readiness checks name it ("corpus", "index").</param>
/// <param name="run">Builds what the step makes ready, usually by resolving the singletons it stands for.</param>
/// <param name="describe">
/// What its readiness check says once it is ready (e.g. how many passages were indexed); null for a step with no
/// check of its own because a step that has one needs what it builds (the lexicon, for the index).
/// </param>
public sealed class StartupStep(string name, Action<IServiceProvider> run, Func<IServiceProvider, string>? describe = null)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => name;

    public Func<IServiceProvider, string>? Describe => describe;

    /// <summary>Completes when the step has run; faults with the step's own exception.</summary>
    public Task Done => _done.Task;

    /// <summary>True once the step has run without an error: until then nothing it builds may be called ready.</summary>
    public bool IsReady => _done.Task.IsCompletedSuccessfully;

    internal void Execute(IServiceProvider services)
    {
        try
        {
            run(services);
            _done.SetResult();
        }
        catch (Exception e)
        {
            _done.SetException(e);
            throw;
        }
    }
}
