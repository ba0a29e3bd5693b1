using GcmBot.Core.Answers.Ranking;

namespace GcmBot.Core.Tests.Answers.Ranking;

public sealed class ObjectiveFusionTests
{
    // Four objectives: 2 is clearly closer in meaning. Mean 0.225, standard deviation 0.0433, so
    // z-scores are -0.58 for 1, 3 and 4 and +1.73 for 2.
    private static readonly Dictionary<int, float> Similarity = new() { [1] = 0.2f, [2] = 0.3f, [3] = 0.2f, [4] = 0.2f };

    [Fact]
    public void Fuse_NearTieInWords_TheCloserMeaningComesFirst()
    {
        // 1: 1.0 + 0.5 × -0.58 = 0.71; 2: 0.95 + 0.5 × 1.73 = 1.82.
        var fused = ObjectiveFusion.Fuse([(1, 2.0), (2, 1.9)], Similarity);

        Assert.Equal([2, 1], fused.Select(r => r.Objective));
    }

    [Fact]
    public void Fuse_OnlyReordersWhatTheWordsFound()
    {
        var fused = ObjectiveFusion.Fuse([(1, 2.0), (4, 1.0)], Similarity);

        Assert.Equal([1, 4], fused.Select(r => r.Objective));
    }

    [Fact]
    public void Fuse_ObjectiveReferredToByNumber_StaysFirst()
    {
        var fused = ObjectiveFusion.Fuse([(1, double.PositiveInfinity), (2, 1.0)], Similarity);

        Assert.Equal([1, 2], fused.Select(r => r.Objective));
    }
}
