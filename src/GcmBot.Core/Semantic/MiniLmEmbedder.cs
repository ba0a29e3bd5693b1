namespace GcmBot.Core.Semantic;

/// <summary>
/// <see cref="ITextEmbedder"/> on the process's shared <see cref="MiniLmModel"/>: not ready until the
/// model has been loaded (by <see cref="MiniLmModel.Load"/>, off the request path), then each new
/// question is encoded once and kept in a bounded LRU cache.
/// </summary>
public sealed class MiniLmEmbedder(QueryVectorCache cache) : ITextEmbedder
{
    public bool IsReady => MiniLmModel.IsLoaded;

    public float[]? TryEncode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (cache.TryGet(text, out var known))
        {
            return known;
        }

        if (!IsReady)
        {
            return null;
        }

        var vector = MiniLmModel.Encode([text])[0];
        cache.Add(text, vector);
        return vector;
    }
}
