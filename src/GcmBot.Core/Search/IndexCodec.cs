using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene41;
using Lucene.Net.Codecs.Lucene46;

namespace GcmBot.Core.Search;

/// <summary>
/// Lucene's default codec with larger blocks in the terms dictionary (100 to 200 terms instead of 25 to 48). Writing
/// the index compiled an FST, with a 32 KB page, for every block: about 2.5 MB of the index build's 6.5 MB allocated at
/// start, for 145 KB of index files. Only the writer differs: the blocks' size is not part of the format, so the index
/// is read by the default codec, under whose name it is written.
/// </summary>
[CodecName("Lucene46")]
internal sealed class IndexCodec : Lucene46Codec
{
    public const int MinTermBlock = 100;
    public const int MaxTermBlock = 200;

    private readonly PostingsFormat _postings = new Lucene41PostingsFormat(MinTermBlock, MaxTermBlock);

    public override PostingsFormat GetPostingsFormatForField(string field) => _postings;
}
