using GcmBot.Core.Replies;
using GcmBot.Core.Text;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>Replies shaped like the router's, with real GCM text (objective 13).</summary>
internal static class SampleReplies
{
    public const string ActionH =
        "Protect and respect the rights and best interests of the child at all times, regardless of their migration status, " +
        "by ensuring availability and accessibility of a viable range of alternatives to detention in non-custodial contexts, " +
        "favouring community-based care arrangements, that ensure access to education and healthcare, and respect their right " +
        "to family life and family unity, and by working to end the practice of child detention in the context of international migration.";

    public const string ActionD =
        "Provide access to justice for all migrants in countries of transit and destination that are or may be subject to detention, " +
        "including by facilitating access to free or affordable legal advice and assistance of a qualified and independent lawyer, " +
        "as well as access to information and the right to regular review of a detention order.";

    public const string Title13 = "Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives";

    public static Reply Objective13() =>
        new(
            ReplyKind.Answer,
            "GCM objective 13",
            [
                new QuoteBlock(Title13, "GCM objective 13", "gcm/13"),
                new HeadingBlock("Associated actions"),
                new ActionListBlock(
                [
                    new ActionItem("d", ActionD, "GCM objective 13(d)", "gcm/13/d", []),
                    new ActionItem("h", ActionH, "GCM objective 13(h)", "gcm/13/h", [new TextRange(ActionH.IndexOf("child", StringComparison.Ordinal), 5)]),
                ]),
            ],
            [new ReplyField("Actions", "8")],
            [new ReplyAction("Next page", "objective 13 page 2"), new ReplyAction("Objective 14", "objective 14")],
            new PageInfo(1, 2));

    public static Reply Help() =>
        new(
            ReplyKind.Help,
            "What I can do",
            [new TextBlock("objective 13 — the objective's title and actions"), new TextBlock("search detention — passages quoting a term")],
            [],
            [new ReplyAction("Objective 1", "objective 1")]);

    public static Reply Digest() =>
        new(ReplyKind.Answer, "Today's GCM passage", [new QuoteBlock(ActionD, "GCM objective 13(d)", "gcm/13/d")], [], []);
}
