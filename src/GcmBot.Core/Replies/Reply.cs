namespace GcmBot.Core.Replies;

/// <summary>
/// A platform-neutral reply. Each chat adapter renders it in its own format (embeds, Adaptive Cards,
/// HTML, terminal text) and must keep every quotation exact.
/// </summary>
public sealed record Reply(
    ReplyKind Kind,
    string Title,
    IReadOnlyList<ReplyBlock> Blocks,
    IReadOnlyList<ReplyField> Fields,
    IReadOnlyList<ReplyAction> Actions,
    PageInfo? Page = null)
{
    /// <summary>A short reply of one text block, for errors and confirmations.</summary>
    public static Reply Simple(ReplyKind kind, string title, string text, params ReplyAction[] actions) =>
        new(kind, title, [new TextBlock(text)], [], actions);
}

public enum ReplyKind
{
    Answer,
    NotFound,
    Help,
    Error,
    Confirmation,
}

/// <summary>A named value shown beside the content (e.g. "Round table" = "3").</summary>
public sealed record ReplyField(string Name, string Value);

/// <summary>
/// A follow-up the user can take (a button). <see cref="Command"/> is the exact text the router
/// accepts, so adapters can carry it in a button id and route it again without server state.
/// <see cref="ShortLabel"/> is a label of a few characters for narrow buttons (a Teams card on a phone):
/// "Obj. 14 ›" for "Objective 14". Each label of one reply's actions must stay distinct.
/// </summary>
public sealed record ReplyAction(string Label, string Command, string? ShortLabel = null);

/// <summary>Where this page sits in a longer reply ("page 2 of 3").</summary>
public sealed record PageInfo(int Number, int Count)
{
    public string Describe() => $"page {Number} of {Count}";
}
