using System.Security.Cryptography;
using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Semantic;

namespace GcmBot.Cli;

/// <summary>
/// vectors: encodes every passage with MiniLM into corpus/passage-vectors.bin, and the decline gate's anchors (the
/// background sentences and the lexicon's everyday wordings) into corpus/gate-anchor-vectors.bin, of the folder
/// Corpus:Directory names: run <c>Corpus__Directory=$PWD/corpus dotnet run --project src/GcmBot -- vectors</c>
/// from the repository to update the committed files, and record the printed SHA-256s in corpus/manifest.json.
/// </summary>
internal static class PassageVectorsVerb
{
    public const string Name = "vectors";

    public static int Run(IServiceProvider services, TextWriter output)
    {
        var directory = services.GetRequiredService<CorpusDirectory>();
        var passages = services.GetRequiredService<GcmCorpus>().Passages;
        var path = directory.PathOf(PassageVectors.FileName);
        PassageVectors.Write(path, passages, MiniLmModel.Encode);
        output.WriteLine($"{passages.Count} passage vectors written to {path}");
        output.WriteLine($"sha256 {Sha256(path)}");

        var background = GateBackground.Load(directory);
        var wordings = GateBackground.Wordings(services.GetRequiredService<TopicLexicon>());
        var anchors = directory.PathOf(AnchorVectors.FileName);
        AnchorVectors.Write(anchors, background, wordings, MiniLmModel.Encode);
        output.WriteLine($"{background.Count} background and {wordings.Count} everyday wording vectors written to {anchors}");
        output.WriteLine($"sha256 {Sha256(anchors)}");
        return 0;
    }

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
