using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Answers.Gate;

/// <summary>
/// corpus/gate-examples.json (issue 16e): the tuning halves' own questions, off-topic and on-topic, as anchors of the
/// background lead (<see cref="BackgroundLead"/>). Generated from the tests' GateTuningSet (GateExamplesFileTests fails
/// when the two differ and says how to regenerate it); no held-out half is in it.
/// </summary>
public static partial class GateExamples
{
    public const string FileName = "gate-examples.json";

    /// <summary>The off-topic and on-topic example questions, in the file's order.</summary>
    public static (IReadOnlyList<string> OffTopic, IReadOnlyList<string> OnTopic) Load(CorpusDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var file = directory.Json(FileName, ExamplesJson.Default.ExamplesFile);
        if (file.OffTopic.Count == 0 || file.OnTopic.Count == 0 || file.OffTopic.Concat(file.OnTopic).Any(string.IsNullOrWhiteSpace))
        {
            throw directory.Malformed(FileName, "it needs off-topic and on-topic questions, and no empty ones");
        }

        return (file.OffTopic, file.OnTopic);
    }

    internal sealed record ExamplesFile(
        [property: JsonPropertyName("about")] string About,
        [property: JsonPropertyName("offTopic")] IReadOnlyList<string> OffTopic,
        [property: JsonPropertyName("onTopic")] IReadOnlyList<string> OnTopic);

    // Source-generated, with the options every corpus file is read with (CorpusDirectory.Json checks them).
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(ExamplesFile))]
    internal sealed partial class ExamplesJson : JsonSerializerContext;
}
