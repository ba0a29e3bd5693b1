using System.Text.Json.Serialization;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// An evaluation question: the objectives (preferred first), Progress Declaration paragraphs and Kenya sections that
/// answer it, and whether it paraphrases the documents. The benchmark compiles this file too (linked), so both read
/// evaluation-questions.json the same way.
/// </summary>
internal sealed record EvaluationQuestion(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("objectives")] IReadOnlyList<int> Objectives,
    [property: JsonPropertyName("pd")] IReadOnlyList<int> Pd,
    [property: JsonPropertyName("kenya")] IReadOnlyList<string> Kenya,
    [property: JsonPropertyName("paraphrase")] bool Paraphrase = false);
