using System.Text.Json.Serialization;

namespace GcmBot.Core.Answers.Query;

/// <summary>One objective's entry in the lexicon.</summary>
public sealed record LexiconTopic(
    [property: JsonPropertyName("objective")] int Objective,
    [property: JsonPropertyName("shortName")] string ShortName,
    [property: JsonPropertyName("terms")] IReadOnlyList<string> Terms,
    [property: JsonPropertyName("paraphrases")] IReadOnlyList<LexiconParaphrase> Paraphrases)
{
    /// <summary>The documents' principal words for the topic, searched whenever the topic is recognised.</summary>
    [JsonPropertyName("core")]
    public IReadOnlyList<string> Core { get; init; } = [];
}

/// <summary>Everyday wordings (<see cref="Say"/>) and the documents' words they stand for (<see cref="Means"/>).</summary>
public sealed record LexiconParaphrase(
    [property: JsonPropertyName("say")] IReadOnlyList<string> Say,
    [property: JsonPropertyName("means")] IReadOnlyList<string> Means);

/// <summary>A lexicon phrase found in a question: its topic, the words to search for, and where it stood.</summary>
public sealed record LexiconMatch(LexiconTopic Topic, string Phrase, IReadOnlyList<string> Means, int Start, int Length)
{
    public int Objective => Topic.Objective;

    /// <summary>True for a synonym, which points to no objective.</summary>
    public bool IsSynonym => Topic.Objective == TopicLexicon.NoObjective;

    /// <summary>True for everyday wording the documents do not use: its own words are not worth searching.</summary>
    public bool IsParaphrase => !(Means.Count == 1 && Means[0] == Phrase);
}
