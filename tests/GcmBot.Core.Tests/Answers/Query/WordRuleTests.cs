using GcmBot.Core.Answers.Query;

namespace GcmBot.Core.Tests.Answers.Query;

// A node keeps its one next word inline and moves to a dictionary at the second: every rule must still be walkable.
public sealed class WordRuleTests
{
    [Fact]
    public void Add_RulesSharingTheirFirstWords_EachEndsAtItsOwnNode()
    {
        var root = new WordRule();

        root.Add(["send", "money"], 1);
        root.Add(["send", "home"], 2);
        root.Add(["send", "money", "home"], 3);
        root.Add(["send", "money"], 4);

        Assert.Equal([1, 4], Walk(root, "send", "money")!.Phrases);
        Assert.Equal([2], Walk(root, "send", "home")!.Phrases);
        Assert.Equal([3], Walk(root, "send", "money", "home")!.Phrases);
        Assert.Empty(Walk(root, "send")!.Phrases);
        Assert.Null(Walk(root, "send", "family"));
        Assert.Null(Walk(root, "money"));
    }

    [Fact]
    public void Add_SameRuleTwice_KeepsItsPhraseOnce()
    {
        var root = new WordRule();

        root.Add(["locked", "up"], 7);
        root.Add(["locked", "up"], 7);

        Assert.Equal([7], Walk(root, "locked", "up")!.Phrases);
        Assert.False(Walk(root, "locked", "up")!.HasNext);
    }

    private static WordRule? Walk(WordRule root, params string[] words)
    {
        var rule = root;
        foreach (var word in words)
        {
            if (!rule.TryNext(word, out var next))
            {
                return null;
            }

            rule = next;
        }

        return rule;
    }
}
