namespace GcmBot.Core.Search;

/// <summary>
/// The first <c>limit</c> items in an order, without sorting the rest: a heap of the best seen so far
/// (the worst of them on top), then a heapsort of those alone. For a total order the result is exactly
/// the full sort's first <c>limit</c> items.
/// </summary>
internal static class BestFirst
{
    /// <summary>
    /// The first <paramref name="limit"/> of <paramref name="items"/> in <paramref name="order"/>'s
    /// order (a total order), sorted; <paramref name="items"/> is reordered. A struct
    /// <typeparamref name="TOrder"/> lets the comparisons be inlined.
    /// </summary>
    public static T[] Take<T, TOrder>(Span<T> items, int limit, TOrder order)
        where TOrder : IComparer<T>
    {
        if (limit <= 0)
        {
            return [];
        }

        if (items.Length <= limit)
        {
            Sort(items, order);
            return items.ToArray();
        }

        var heap = items[..limit];
        for (var i = (limit / 2) - 1; i >= 0; i--)
        {
            Down(heap, i, order);
        }

        for (var i = limit; i < items.Length; i++)
        {
            if (order.Compare(items[i], heap[0]) < 0)
            {
                heap[0] = items[i];
                Down(heap, 0, order);
            }
        }

        Sort(heap, order);
        return heap.ToArray();
    }

    // Heapsort, best first (Span.Sort would call a struct order through its interface).
    private static void Sort<T, TOrder>(Span<T> items, TOrder order)
        where TOrder : IComparer<T>
    {
        for (var i = (items.Length / 2) - 1; i >= 0; i--)
        {
            Down(items, i, order);
        }

        // The worst left on top goes to the end of what is still a heap.
        for (var end = items.Length - 1; end > 0; end--)
        {
            (items[0], items[end]) = (items[end], items[0]);
            Down(items[..end], 0, order);
        }
    }

    // Restores the heap below `at`: every item comes after (is worse than) its children.
    private static void Down<T, TOrder>(Span<T> heap, int at, TOrder order)
        where TOrder : IComparer<T>
    {
        while (true)
        {
            var worst = at;
            var left = (2 * at) + 1;
            if (left < heap.Length && order.Compare(heap[left], heap[worst]) > 0)
            {
                worst = left;
            }

            if (left + 1 < heap.Length && order.Compare(heap[left + 1], heap[worst]) > 0)
            {
                worst = left + 1;
            }

            if (worst == at)
            {
                return;
            }

            (heap[at], heap[worst]) = (heap[worst], heap[at]);
            at = worst;
        }
    }
}
