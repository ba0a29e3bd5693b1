using System.Numerics;

namespace GcmBot.Core.Search;

/// <summary>
/// A term's matching passages as bits over the passages' positions, with the count of matches before
/// each 64-bit word: whether a passage matched, and where it stands among the term's matches, in a
/// few instructions (a binary search of the matches took one step per halving, each hard to predict).
/// </summary>
internal sealed class DocSet
{
    private readonly ulong[] _bits;
    private readonly int[] _before;

    private DocSet(ulong[] bits, int[] before)
    {
        _bits = bits;
        _before = before;
    }

    /// <summary>The set of <paramref name="docs"/>: distinct positions (≥ 0), in ascending order.</summary>
    public static DocSet Of(int[] docs)
    {
        var bits = new ulong[docs.Length == 0 ? 0 : (docs[^1] >> 6) + 1];
        foreach (var doc in docs)
        {
            bits[doc >> 6] |= 1UL << doc;
        }

        var before = new int[bits.Length];
        for (var w = 1; w < bits.Length; w++)
        {
            before[w] = before[w - 1] + BitOperations.PopCount(bits[w - 1]);
        }

        return new DocSet(bits, before);
    }

    /// <summary>The index of <paramref name="doc"/> in the docs the set was made of; -1 when it is not one of them.</summary>
    public int IndexOf(int doc)
    {
        var w = doc >> 6;
        if ((uint)w >= (uint)_bits.Length)
        {
            return -1;
        }

        // A shift of a ulong counts modulo 64: the doc's bit within its word.
        var bit = 1UL << doc;
        return (_bits[w] & bit) == 0 ? -1 : _before[w] + BitOperations.PopCount(_bits[w] & (bit - 1));
    }
}
