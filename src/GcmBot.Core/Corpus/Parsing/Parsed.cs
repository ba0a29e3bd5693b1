using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>What a parser returns: the typed document and its citable passages, in document order.</summary>
public sealed record Parsed<T>(T Document, IReadOnlyList<Passage> Passages);
