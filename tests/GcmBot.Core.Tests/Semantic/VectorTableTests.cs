using GcmBot.Core.Semantic;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Core.Tests.Semantic;

/// <summary>
/// The coarse bounds and the nearest rows of <see cref="VectorTable"/> against plain loops written here: every cosine
/// summed one product at a time in double, and every row sorted.
/// </summary>
public sealed class VectorTableTests
{
    [Fact]
    public void Estimate_IsWithinItsSlackOfEveryPlainCosine()
    {
        foreach (var (table, rows) in Tables())
        {
            var estimates = new float[table.Count];
            var slacks = new float[table.Count];
            foreach (var question in Questions(rows))
            {
                table.Estimate(question, estimates, slacks);
                for (var r = 0; r < rows.Count; r++)
                {
                    var plain = PlainCosine(question, rows[r]);
                    Assert.True(Math.Abs(plain - estimates[r]) <= slacks[r], $"row {r}: plain {plain}, estimate {estimates[r]} ± {slacks[r]}");
                    Assert.True(slacks[r] < 0.05, $"row {r}: slack {slacks[r]} rules nothing out");
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    public void MeanOfNearest_IsTheMeanOfTheHighestPlainCosines(int wanted)
    {
        foreach (var (table, rows) in Tables())
        {
            foreach (var question in Questions(rows))
            {
                var plain = rows.Select(r => PlainCosine(question, r)).OrderDescending().Take(wanted).Average();
                Assert.Equal(plain, table.MeanOfNearest(question, wanted), 1e-5);
            }
        }
    }

    [Fact]
    public void MeanOfNearest_IsTheSameFloatAsEveryRowsDotProduct()
    {
        // The app's figures before the coarse pass: every row's Vectors.Dot, the highest five averaged in descending order.
        foreach (var (table, rows) in Tables())
        {
            foreach (var question in Questions(rows))
            {
                var sweep = rows.Select(r => Vectors.Dot(question, r)).OrderDescending().Take(5).ToArray().Average();
                Assert.Equal((double)sweep, table.MeanOfNearest(question, 5));
            }
        }
    }

    [Fact]
    public void MeanOfNearest_WithFewerRowsThanWanted_OrDuplicates_OrAnOddDimension_AveragesWhatThereIs()
    {
        var random = new Random(16);
        float[] Unit(int dimension) => Vectors.Normalize([.. Enumerable.Range(0, dimension).Select(_ => (float)(random.NextDouble() - 0.5))]);
        var odd = Enumerable.Range(0, 40).Select(_ => Unit(5)).ToList();
        var twice = odd.Concat(odd).ToList();
        var question = Unit(5);
        double Plain(IReadOnlyList<float[]> rows, int wanted) => rows.Select(r => PlainCosine(question, r)).OrderDescending().Take(wanted).Average();

        Assert.Equal(Plain(odd, 5), new VectorTable(odd).MeanOfNearest(question, 5), 1e-6);
        Assert.Equal(Plain(twice, 5), new VectorTable(twice).MeanOfNearest(question, 5), 1e-6);
        Assert.Equal(Plain(odd[..3], 3), new VectorTable(odd[..3]).MeanOfNearest(question, 5), 1e-6);
        Assert.Equal(0, new VectorTable([]).MeanOfNearest(question, 5));
    }

    [Fact]
    public void Rows_OfDifferentLengths_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new VectorTable([new float[4], new float[5]]));
    }

    private static IEnumerable<(VectorTable Table, IReadOnlyList<float[]> Rows)> Tables()
    {
        var semantic = AnswersTestCorpus.Semantic;
        yield return (semantic.Passages.Table, semantic.Passages.Vectors);
        yield return (semantic.Anchors.EverydayTable, semantic.Anchors.Everyday);
        yield return (semantic.Anchors.TopicTable, semantic.Anchors.Topic);
    }

    // Some of the table's own rows (each nearest to itself), questions the model encodes, and seeded random directions.
    private static IEnumerable<float[]> Questions(IReadOnlyList<float[]> rows)
    {
        var random = new Random(384);
        foreach (var row in rows.Where((_, i) => i % 97 == 0))
        {
            yield return row;
        }

        foreach (var text in new[] { "what time does the chemist close on Saturday", "sending money home to my family costs too much" })
        {
            yield return AnswersTestCorpus.Semantic.Encode(text)!;
        }

        for (var k = 0; k < 4; k++)
        {
            yield return Vectors.Normalize([.. Enumerable.Range(0, rows[0].Length).Select(_ => (float)(random.NextDouble() - 0.5))]);
        }
    }

    private static double PlainCosine(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (double)a[i] * b[i];
        }

        return sum;
    }
}
