using GcmBot.Core.Search;
using GcmBot.Core.Search.Analysis;
using GcmBot.Core.Tests.Answers;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GcmBot.Core.Tests.Search;

// The index is written with larger term blocks than Lucene's default codec uses; the reader is the default codec's.
public sealed class IndexCodecTests
{
    [Fact]
    public void Name_IsTheDefaultCodecs_SoTheIndexIsReadByIt() =>
        Assert.Equal(Codec.Default.Name, new IndexCodec().Name);

    // The oracle is the same passages written by Lucene's default codec: every field's every term, with the same
    // document and total frequencies.
    [Fact]
    public void Write_CorpusPassages_SameTermsAndFrequenciesAsTheDefaultCodec()
    {
        var passages = AnswersTestCorpus.Corpus.Passages;
        using var ours = DirectoryReader.Open(IndexFields.Write(passages, _ => "keyword"));
        using var lucenes = DirectoryReader.Open(DefaultCodecIndex(passages));

        foreach (var field in IndexFields.All)
        {
            Assert.Equal(Terms(lucenes, field), Terms(ours, field));
        }

        Assert.True(Terms(ours, IndexFields.Text).Count > 1_000);
    }

    private static Lucene.Net.Store.Directory DefaultCodecIndex(IReadOnlyList<GcmBot.Core.Corpus.Model.Passage> passages)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.Version, CorpusAnalyzer.Index) { OpenMode = OpenMode.CREATE });
        foreach (var passage in passages)
        {
            writer.AddDocument(
            [
                new TextField(IndexFields.Text, passage.Text, Field.Store.NO),
                new TextField(IndexFields.Context, passage.Context, Field.Store.NO),
                new TextField(IndexFields.Keywords, "keyword", Field.Store.NO),
            ]);
        }

        writer.ForceMerge(1);
        return directory;
    }

    private static List<string> Terms(DirectoryReader reader, string field)
    {
        var terms = new List<string>();
        var iterator = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (iterator.MoveNext())
        {
            terms.Add($"{iterator.Term.Utf8ToString()} {iterator.DocFreq} {iterator.TotalTermFreq}");
        }

        return terms;
    }
}
