using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Search;

public sealed partial class PassageIndex
{
    /// <summary>
    /// Builds and opens a throwaway index of one made-up passage, so that Lucene.Net's first-use costs (its code
    /// compiled by the JIT, codecs and attribute factories found by reflection, the analysis chain's tables) are paid
    /// on an otherwise idle core while the host is still being built, not on the way to ready. Nothing it builds is
    /// kept; the real index is built from the corpus as before.
    /// </summary>
    public static void WarmUp()
    {
        Passage[] sample =
        [
            new("warm-up-1", "warm-up", "warm-up 1", "Migrants' remittances: safer, faster and cheaper transfers, and financial inclusion.", "Objective 20", PassageKind.Action),
        ];
        using var index = Build(sample, _ => "remittances");
        _ = index.DocumentFrequency("remittances");
    }
}
