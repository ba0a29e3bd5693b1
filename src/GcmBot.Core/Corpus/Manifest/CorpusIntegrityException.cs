namespace GcmBot.Core.Corpus.Manifest;

/// <summary>The corpus on disk is not the corpus the manifest describes; the app must not start.</summary>
public sealed class CorpusIntegrityException : Exception
{
    public CorpusIntegrityException(string message) : base(message) { }

    public CorpusIntegrityException(string message, Exception inner) : base(message, inner) { }

    public CorpusIntegrityException() { }
}
