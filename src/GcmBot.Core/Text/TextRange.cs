namespace GcmBot.Core.Text;

/// <summary>A character range [Start, Start+Length) inside a quoted text.</summary>
public readonly record struct TextRange(int Start, int Length);
