namespace GcmBot.Benchmarks.Http;

/// <summary>
/// Requests built before a step, outside its measured time, handed out once each during it. When the step sends
/// more than were built, or one is no longer usable (a signature grown too old), a fresh one is made on the spot
/// and counted in <see cref="MadeDuringStep"/>, so the step still sends exactly what it would have.
/// </summary>
internal sealed class Prepared<T>(Func<T> make, Func<T, bool> usable)
{
    private T[] _items = [];
    private int _taken;
    private int _madeDuringStep;

    /// <summary>Requests the step had to make itself since the last <see cref="Reset"/>.</summary>
    public int MadeDuringStep => Volatile.Read(ref _madeDuringStep);

    public void Reset(T[] items)
    {
        _items = items;
        Volatile.Write(ref _taken, 0);
        Volatile.Write(ref _madeDuringStep, 0);
    }

    public T Take()
    {
        var items = _items;
        var at = Interlocked.Increment(ref _taken) - 1;
        if (at < items.Length && usable(items[at]))
        {
            return items[at];
        }

        Interlocked.Increment(ref _madeDuringStep);
        return make();
    }
}
