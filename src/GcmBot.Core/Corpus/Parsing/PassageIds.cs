namespace GcmBot.Core.Corpus.Parsing;

/// <summary>Stable passage ids and human citation labels for the GCM objectives and Progress Declaration.</summary>
public static class PassageIds
{
    public static string Objective(int number) => $"gcm/{number}";

    public static string Action(int number, string letter) => $"gcm/{number}/{letter}";

    public static string ObjectiveLabel(int number) => $"GCM objective {number}";

    public static string ActionLabel(int number, string letter) => $"GCM objective {number}({letter})";

    public static string PdParagraph(int number) => $"pd/{number}";

    public static string PdParagraphLabel(int number) => $"Progress Declaration ¶{number}";

    public static string PdFootnote(int number) => $"pd/fn/{number}";

    public static string PdFootnoteLabel(int number) => $"Progress Declaration footnote {number}";
}
