using System.Security.Cryptography;
using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Semantic;

namespace GcmBot.Cli;

/// <summary>
/// vectors: encodes every passage with MiniLM into corpus/passage-vectors.bin, and the decline gate's anchors (the
/// background sentences, the lexicon's everyday wordings and corpus/gate-examples.json's questions) into corpus/gate-anchor-vectors.bin, of the folder
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

        var texts = GateBackground.Texts(directory, services.GetRequiredService<TopicLexicon>());
        var anchors = directory.PathOf(AnchorVectors.FileName);
        AnchorVectors.Write(anchors, texts, MiniLmModel.Encode);
        output.WriteLine($"{texts.Background.Count} background, {texts.OffTopicExamples.Count} off-topic example, {texts.Wordings.Count} everyday wording and {texts.OnTopicExamples.Count} on-topic example vectors written to {anchors}");
        output.WriteLine($"sha256 {Sha256(anchors)}");
        return 0;
    }

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
