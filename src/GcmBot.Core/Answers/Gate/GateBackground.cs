using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Answers.Gate;

/// <summary>
/// The texts of the decline gate's anchors (<see cref="Semantic.AnchorVectors"/>): corpus/gate-background.json's
/// everyday sentences, in file order, and the topic lexicon's everyday wordings (every objective's "say" phrases,
/// each once, in the lexicon's order). The background lives in the corpus folder beside the lexicon because the
/// vectors command encodes both from there, and the manifest checks it like every other file the app reads.
/// </summary>
public static partial class GateBackground
{
    public const string FileName = "gate-background.json";

    /// <summary>The everyday sentences, every group's in turn.</summary>
    public static IReadOnlyList<string> Load(CorpusDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var file = directory.Json(FileName, BackgroundJson.Default.BackgroundFile);
        var sentences = file.Groups.SelectMany(g => g.Sentences).ToList();
        if (sentences.Count == 0 || sentences.Any(string.IsNullOrWhiteSpace))
        {
            throw directory.Malformed(FileName, "it needs at least one sentence, and no empty ones");
        }

        return sentences;
    }

    /// <summary>The lexicon's everyday wordings: what people say for each objective's topic.</summary>
    public static IReadOnlyList<string> Wordings(TopicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return [.. lexicon.Topics.SelectMany(t => t.Paraphrases.SelectMany(p => p.Say)).Distinct(StringComparer.Ordinal)];
    }

    private sealed record BackgroundFile(
        [property: JsonPropertyName("about")] string About,
        [property: JsonPropertyName("groups")] IReadOnlyList<BackgroundGroup> Groups);

    private sealed record BackgroundGroup(
        [property: JsonPropertyName("topic")] string Topic,
        [property: JsonPropertyName("sentences")] IReadOnlyList<string> Sentences);

    // Source-generated, with the options every corpus file is read with (CorpusDirectory.Json checks them).
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(BackgroundFile))]
    private sealed partial class BackgroundJson : JsonSerializerContext;
}
