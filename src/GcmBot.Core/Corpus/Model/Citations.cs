namespace GcmBot.Core.Corpus.Model;

/// <summary>The human citation labels of the passages that commands build by number.</summary>
public static class Citations
{
    public static string Objective(int number) => $"GCM objective {number}";

    public static string Action(int number, string letter) => $"GCM objective {number}({letter})";

    public static string PdParagraph(int number) => $"Progress Declaration ¶{number}";

    public static string PdFootnote(int number) => $"Progress Declaration footnote {number}";

    public static string ZeroDraftObjective(int number) => $"Zero Draft objective {number}";

    public static string ZeroDraftAction(int number, string letter) => $"Zero Draft objective {number}({letter})";

    public static string ZeroDraftParagraph(int number) => $"Zero Draft ¶{number}";
}
