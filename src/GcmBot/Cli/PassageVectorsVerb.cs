using System.Security.Cryptography;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Semantic;

namespace GcmBot.Cli;

/// <summary>
/// vectors: encodes every passage with MiniLM into corpus/passage-vectors.bin (of the folder
/// Corpus:Directory names: run <c>Corpus__Directory=$PWD/corpus dotnet run --project src/GcmBot -- vectors</c>
/// from the repository to update the committed file) and prints the SHA-256 to record in corpus/manifest.json.
/// </summary>
internal static class PassageVectorsVerb
{
    public const string Name = "vectors";

    public static int Run(IServiceProvider services, TextWriter output)
    {
        var passages = services.GetRequiredService<GcmCorpus>().Passages;
        var path = services.GetRequiredService<CorpusDirectory>().PathOf(PassageVectors.FileName);
        PassageVectors.Write(path, passages, MiniLmModel.Encode);
        using var file = File.OpenRead(path);
        output.WriteLine($"{passages.Count} passage vectors written to {path}");
        output.WriteLine($"sha256 {Convert.ToHexStringLower(SHA256.HashData(file))}");
        return 0;
    }
}
