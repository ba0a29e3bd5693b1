using GcmBot.Core.Semantic;

namespace GcmBot.Core.Tests.Semantic;

public sealed class QueryVectorCacheTests
{
    [Fact]
    public void Add_BeyondCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new QueryVectorCache(capacity: 2);
        cache.Add("a", [1]);
        cache.Add("b", [2]);
        Assert.True(cache.TryGet("a", out _));

        cache.Add("c", [3]);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal([1f], a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Add_SameTextTwice_KeepsOneEntry()
    {
        var cache = new QueryVectorCache(capacity: 4);

        cache.Add("a", [1]);
        cache.Add("a", [9]);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("a", out var vector));
        Assert.Equal([1f], vector);
    }

    [Fact]
    public void Constructor_ZeroCapacity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueryVectorCache(0));
}
