using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GcmBot.Core.Search;

/// <summary>
/// The index's fields and how it is written: one Lucene document per passage, in passage order, in
/// memory, merged to one segment so a document's number is its passage's position.
/// </summary>
internal static class IndexFields
{
    public const string Text = "text";
    public const string Context = "context";
    public const string Keywords = "keywords";

    public static readonly string[] All = [Text, Context, Keywords];

    public static Lucene.Net.Store.Directory Write(IReadOnlyList<Passage> passages, Func<Passage, string> keywords)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(CorpusAnalyzer.Version, CorpusAnalyzer.Index)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,

            // Start-up cost: with compound files on, the flush packed the segment into a .cfs and ForceMerge then
            // rewrote it as a plain segment (the merge policy keeps large segments out of compound files), so the
            // index was written twice. Off, the one flush gives the one segment and ForceMerge has nothing to do.
            UseCompoundFile = false,

            // Start-up memory: fewer, larger blocks in the terms dictionary (IndexCodec).
            Codec = new IndexCodec(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var passage in passages)
            {
                writer.AddDocument(
                [
                    new TextField(Text, passage.Text, Field.Store.NO),
                    new TextField(Context, passage.Context, Field.Store.NO),
                    new TextField(Keywords, keywords(passage), Field.Store.NO),
                ]);
            }

            writer.ForceMerge(1);
        }

        return directory;
    }
}
