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
        var texts = GateBackground.Texts(TestCorpus.Folder, AnswersTestCorpus.Lexicon);
        List<string> everyday = [.. texts.Background, .. texts.OffTopicExamples];
        List<string> topic = [.. texts.Wordings, .. texts.OnTopicExamples];
        // Every 41st text of each side, the last ones included: a spread over every group and both example lists, cheap
        // enough to encode here.
        var sample = Sample(everyday).Select(i => (Text: everyday[i], Stored: anchors.Everyday[i]))
            .Concat(Sample(topic).Select(i => (Text: topic[i], Stored: anchors.Topic[i])))
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
        var texts = GateBackground.Texts(TestCorpus.Folder, AnswersTestCorpus.Lexicon);
        var background = texts.Background.ToList();
        background[7] += " please";

        var error = Assert.Throws<CorpusIntegrityException>(() => AnchorVectors.Load(TestCorpus.Folder, texts with { Background = background }));

        Assert.Contains(Path.Combine(TestCorpus.Folder.Path, AnchorVectors.FileName), error.Message, StringComparison.Ordinal);
        Assert.Contains("does not match the background sentences, the lexicon's everyday wordings and the example questions", error.Message, StringComparison.Ordinal);
        Assert.Contains("-- vectors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HoldsEveryBackgroundSentenceWordingAndExampleOnce()
    {
        var anchors = AnswersTestCorpus.Semantic.Anchors;
        var wordings = GateBackground.Wordings(AnswersTestCorpus.Lexicon);
        var (offTopic, onTopic) = GateExamples.Load(TestCorpus.Folder);

        Assert.Equal(GateBackground.Load(TestCorpus.Folder).Count + offTopic.Count, anchors.Everyday.Count);
        Assert.Equal(wordings.Count + onTopic.Count, anchors.Topic.Count);
        Assert.Equal(wordings.Count, wordings.Distinct(StringComparer.Ordinal).Count());
        // "money sent home" is one of the remittances topic's everyday wordings in corpus/topic-lexicon.json.
        Assert.Contains("money sent home", wordings);
    }

    private static IEnumerable<int> Sample(IReadOnlyList<string> texts) =>
        Enumerable.Range(0, texts.Count).Where(i => i % 41 == 0 || i == texts.Count - 1);
}
