using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Search;

public sealed class BestFirstTests
{
    // Larger value first, then earlier position: a total order even with repeated values.
    private readonly struct Order : IComparer<(int Value, int Position)>
    {
        public int Compare((int Value, int Position) a, (int Value, int Position) b) =>
            a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Position.CompareTo(b.Position);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(200)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void Take_GivesTheFullSortsFirstItems(int limit)
    {
        var random = new Random(16);
        for (var round = 0; round < 20; round++)
        {
            // Few distinct values, so many ties that only the position breaks.
            var items = Enumerable.Range(0, random.Next(0, 2_000)).Select(i => (Value: random.Next(0, 50), Position: i)).ToArray();
            var expected = items.OrderByDescending(x => x.Value).ThenBy(x => x.Position).Take(limit).ToArray();

            var best = BestFirst.Take(items.AsSpan(), limit, default(Order));

            Assert.Equal(expected, best);
        }
    }
}
