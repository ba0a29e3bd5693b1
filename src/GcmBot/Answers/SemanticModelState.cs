using GcmBot.Hosting.Memory;

namespace GcmBot.Answers;

/// <summary>
/// Where the MiniLM model's background load stands: <see cref="SemanticModelLoader"/> writes it, /readyz reads it.
/// The heap limit waits for <see cref="Settled"/>: the model's arrays are live heap the limit must sit above.
/// </summary>
internal sealed class SemanticModelState : IHeapSettling
{
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile SemanticModelStatus _status;

    /// <summary>Completes once the loader has finished: the model loaded, failed, or was not asked for.</summary>
    public Task Settled => _settled.Task;

    public void Settle() => _settled.TrySetResult();

    public SemanticModelStatus Status => _status;

    public void Loaded() => _status = SemanticModelStatus.Loaded;

    public void Failed() => _status = SemanticModelStatus.Failed;
}

internal enum SemanticModelStatus
{
    Loading,
    Loaded,
    Failed,
}
