using GcmBot.Core.Search;
using Lucene.Net.Index;

namespace GcmBot.Core.Tests.Search;

public sealed class IndexFieldsTests
{
    // The index is written once at start: Lucene names a flushed segment _0 and any merge's output _1 or later, and
    // a compound file (.cfs) would be a second copy of the segment. So one segment named _0 and no .cfs means
    // the flush wrote the final index and ForceMerge rewrote nothing.
    [Fact]
    public void Write_WholeCorpus_OneFlushedSegmentWithoutCompoundFile()
    {
        using var directory = IndexFields.Write(TestCorpus.Corpus.Passages, _ => string.Empty);
        using var reader = DirectoryReader.Open(directory);

        var segment = Assert.Single(reader.Leaves);
        Assert.Equal("_0", ((SegmentReader)segment.AtomicReader).SegmentName);
        Assert.DoesNotContain(directory.ListAll(), f => f.EndsWith(".cfs", StringComparison.Ordinal));
        Assert.Equal(TestCorpus.Corpus.Passages.Count, reader.NumDocs);
    }
}
