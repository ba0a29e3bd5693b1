using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Semantic;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Core.Tests.Semantic;

public sealed class AnchorVectorsTests
{
    [Fact]
    public void StoredVectors_ReEncodedSample_MatchTheModel()
    {
        var anchors = AnswersTestCorpus.Semantic.Anchors;
        var background = GateBackground.Load(TestCorpus.Folder);
        var wordings = GateBackground.Wordings(AnswersTestCorpus.Lexicon);
        // Every 41st text of each set, the last ones included: a spread over every group, cheap enough to encode here.
        var sample = Sample(background).Select(i => (Text: background[i], Stored: anchors.Background[i]))
            .Concat(Sample(wordings).Select(i => (Text: wordings[i], Stored: anchors.Wordings[i])))
            .ToList();

        var fresh = MiniLmModel.Encode([.. sample.Select(s => s.Text)]);

        for (var k = 0; k < sample.Count; k++)
        {
            var cosine = Vectors.Dot(fresh[k], sample[k].Stored);
            Assert.True(cosine > 0.9999f, $"\"{sample[k].Text}\": cosine {cosine} between stored and fresh vector; regenerate with the vectors command");
        }
    }

    [Fact]
    public void Load_ASentenceChanged_FailsNamingTheFileAndTheCommand()
    {
        var background = GateBackground.Load(TestCorpus.Folder).ToList();
        background[7] += " please";

        var error = Assert.Throws<CorpusIntegrityException>(() => AnchorVectors.Load(TestCorpus.Folder, background, GateBackground.Wordings(AnswersTestCorpus.Lexicon)));

        Assert.Contains(Path.Combine(TestCorpus.Folder.Path, AnchorVectors.FileName), error.Message, StringComparison.Ordinal);
        Assert.Contains("does not match the background sentences and the lexicon's everyday wordings", error.Message, StringComparison.Ordinal);
        Assert.Contains("-- vectors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HoldsEveryBackgroundSentenceAndEveryWordingOnce()
    {
        var anchors = AnswersTestCorpus.Semantic.Anchors;
        var wordings = GateBackground.Wordings(AnswersTestCorpus.Lexicon);

        Assert.Equal(GateBackground.Load(TestCorpus.Folder).Count, anchors.Background.Count);
        Assert.Equal(wordings.Count, anchors.Wordings.Count);
        Assert.Equal(wordings.Count, wordings.Distinct(StringComparer.Ordinal).Count());
        // "money sent home" is one of the remittances topic's everyday wordings in corpus/topic-lexicon.json.
        Assert.Contains("money sent home", wordings);
    }

    private static IEnumerable<int> Sample(IReadOnlyList<string> texts) =>
        Enumerable.Range(0, texts.Count).Where(i => i % 41 == 0 || i == texts.Count - 1);
}
