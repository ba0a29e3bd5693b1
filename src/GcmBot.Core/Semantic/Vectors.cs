namespace GcmBot.Core.Semantic;

internal static class Vectors
{
    public static float[] Normalize(float[] v)
    {
        double sum = 0;
        foreach (var x in v)
        {
            sum += x * x;
        }

        var norm = (float)Math.Sqrt(sum);
        return norm == 0 ? v : [.. v.Select(x => x / norm)];
    }

    /// <summary>Cosine similarity of two unit-length vectors.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}
