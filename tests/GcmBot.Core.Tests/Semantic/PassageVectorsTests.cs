using GcmBot.Core.Semantic;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Core.Tests.Semantic;

public sealed class PassageVectorsTests
{
    [Fact]
    public void StoredVectors_ReEncodedSample_MatchTheModel()
    {
        var semantic = AnswersTestCorpus.Semantic;
        var passages = AnswersTestCorpus.Corpus.Passages;
        // Every 97th passage: a spread over all documents, cheap enough to encode in a test.
        var sample = Enumerable.Range(0, passages.Count).Where(i => i % 97 == 0).ToList();

        var fresh = MiniLmModel.Encode([.. sample.Select(i => PassageVectors.TextOf(passages[i]))]);

        for (var k = 0; k < sample.Count; k++)
        {
            var cosine = Vectors.Dot(fresh[k], semantic.Passages.Vectors[sample[k]]);
            Assert.True(cosine > 0.9999f, $"{passages[sample[k]].Id}: cosine {cosine} between stored and fresh vector; regenerate with the vectors command");
        }
    }

    [Fact]
    public void Load_PassagesInAnotherOrder_FailsNamingTheFile()
    {
        var reordered = AnswersTestCorpus.Corpus.Passages.Reverse().ToList();

        var error = Assert.Throws<GcmBot.Core.Corpus.Manifest.CorpusIntegrityException>(() => PassageVectors.Load(TestCorpus.Folder, reordered));

        Assert.Contains(Path.Combine(TestCorpus.Folder.Path, PassageVectors.FileName), error.Message, StringComparison.Ordinal);
        Assert.Contains("does not match the corpus's passages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nearest_QuestionAboutRemittances_IsARemittancePassage()
    {
        var semantic = AnswersTestCorpus.Semantic;

        var (similarity, index) = semantic.Passages.Nearest(semantic.Encode("how much does it cost to send money home to my family")!);

        Assert.True(similarity > GcmBot.Core.Answers.Gate.DeclineGate.WeakFloor, $"similarity {similarity}");
        Assert.Contains("remittance", AnswersTestCorpus.Corpus.Passages[index].Text, StringComparison.OrdinalIgnoreCase);
    }
}
