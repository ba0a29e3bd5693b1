namespace GcmBot.Core.Semantic;

/// <summary>
/// The vectors of recent questions, least recently used dropped first, at most
/// <see cref="Capacity"/> of them (a question's vector is 1.5 KB), so repeated questions skip the model.
/// </summary>
public sealed class QueryVectorCache(int capacity = QueryVectorCache.DefaultCapacity)
{
    public const int DefaultCapacity = 2048;

    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> _byText = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> _recency = new();
    private readonly Lock _lock = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byText.Count;
            }
        }
    }

    public bool TryGet(string text, out float[] vector)
    {
        lock (_lock)
        {
            if (_byText.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                vector = node.Value.Vector;
                return true;
            }
        }

        vector = [];
        return false;
    }

    public void Add(string text, float[] vector)
    {
        lock (_lock)
        {
            if (_byText.ContainsKey(text))
            {
                return;
            }

            _byText[text] = _recency.AddFirst((text, vector));
            if (_byText.Count > Capacity)
            {
                _byText.Remove(_recency.Last!.Value.Text);
                _recency.RemoveLast();
            }
        }
    }
}
