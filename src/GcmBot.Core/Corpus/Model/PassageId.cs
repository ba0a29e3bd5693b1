using System.Globalization;

namespace GcmBot.Core.Corpus.Model;

/// <summary>
/// Builds and parses every passage id. An id is the document's prefix ("gcm", "pd", "zd", …) and
/// slash-separated parts: "gcm/20/b", "pd/12", "zd/obj3/a", "report/annex-i/4", "kenya/iv/0/2".
/// </summary>
public static class PassageId
{
    private static readonly Dictionary<string, string> PrefixByDocument = new(StringComparer.Ordinal)
    {
        [DocumentIds.Objectives] = "gcm",
        [DocumentIds.ProgressDeclaration] = "pd",
        [DocumentIds.ZeroDraft] = "zd",
        [DocumentIds.DelegationReport] = "report",
        [DocumentIds.NewYorkDeclaration] = "nyd",
        [DocumentIds.SecretaryGeneralReport] = "sg",
        [DocumentIds.KenyaPosition] = "kenya",
        [DocumentIds.Icmpd] = "icmpd",
    };

    private static readonly Dictionary<string, string> DocumentByPrefix =
        PrefixByDocument.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Objective(int number) => Join(DocumentIds.Objectives, Number(number));

    public static string Action(int number, string letter) => Join(DocumentIds.Objectives, Number(number), letter);

    public static string PdParagraph(int number) => Paragraph(DocumentIds.ProgressDeclaration, number);

    public static string PdFootnote(int number) => Footnote(DocumentIds.ProgressDeclaration, number);

    /// <summary>"zd/44", or "zd/44/c" for its item c.</summary>
    public static string Paragraph(string document, int number, string? item = null) =>
        item is null ? Join(document, Number(number)) : Join(document, Number(number), item);

    /// <summary>"report/annex-i/4": a numbered paragraph in an annex.</summary>
    public static string AnnexParagraph(string document, string annex, int number) =>
        Join(document, "annex-" + annex.ToLowerInvariant(), Number(number));

    /// <summary>"sg/p3": the third unnumbered paragraph of a document.</summary>
    public static string Unnumbered(string document, int count) => Join(document, "p" + Number(count));

    public static string Footnote(string document, int number) => Join(document, "fn", Number(number));

    /// <summary>A lettered or numbered item under a paragraph: "zd/44" → "zd/44/c".</summary>
    public static string Item(string parent, string marker) => $"{parent}/{marker}";

    /// <summary>A bullet under a paragraph: "nyd/12" → "nyd/12/b2".</summary>
    public static string Bullet(string parent, int count) => $"{parent}/b{Number(count)}";

    public static string ZeroDraftObjective(int number) => Join(DocumentIds.ZeroDraft, "obj" + Number(number));

    public static string ZeroDraftAction(int number, string letter) => Join(DocumentIds.ZeroDraft, "obj" + Number(number), letter);

    /// <summary>"kenya/iv": the prefix every passage of one Kenya position section starts with.</summary>
    public static string KenyaSection(string key) => Join(DocumentIds.KenyaPosition, key);

    public static string KenyaItem(string key, int subsection, int item) =>
        Join(DocumentIds.KenyaPosition, key, Number(subsection), Number(item));

    public static string IcmpdSection(string section) => Join(DocumentIds.Icmpd, section);

    public static string IcmpdItem(string section, int count) => Join(DocumentIds.Icmpd, section, Number(count));

    /// <summary>The document an id belongs to, from its prefix; null when the prefix is unknown.</summary>
    public static string? DocumentOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && DocumentByPrefix.TryGetValue(id[..slash], out var document) ? document : null;
    }

    /// <summary>The parts after the prefix: "gcm/20/b" → ["20", "b"].</summary>
    public static IReadOnlyList<string> PartsOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Split('/')[1..];
    }

    /// <summary>True for a document whose passages are numbered paragraphs, so <see cref="Paragraph"/> can cite them.</summary>
    public static bool HasNumberedParagraphs(string document) => document is DocumentIds.ProgressDeclaration
        or DocumentIds.ZeroDraft or DocumentIds.DelegationReport or DocumentIds.NewYorkDeclaration or DocumentIds.SecretaryGeneralReport;

    private static string Join(string document, params string[] parts) =>
        PrefixByDocument[document] + "/" + string.Join('/', parts);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
