namespace GcmBot.Answers;

/// <summary>Where the MiniLM model's background load stands: <see cref="SemanticModelLoader"/> writes it, /readyz reads it.</summary>
internal sealed class SemanticModelState
{
    private volatile SemanticModelStatus _status;

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
