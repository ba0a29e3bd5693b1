using GcmBot.Tests.Layout;

namespace GcmBot.Tests.Discord;

/// <summary>
/// Issue 15: Rest once took the slash-command definitions' type from Commands while Commands' registrar called Rest;
/// the definitions' wire shape now sits in Payloads, below both. That no two Discord folders use each other at all is
/// checked with every other folder's in <see cref="NamespaceCycleTests"/>; this keeps Rest below the folders that call it.
/// </summary>
public sealed class DiscordFolderCycleTests
{
    [Fact]
    public void RestUsesNeitherRegistrationNorInteractions()
    {
        var uses = NamespaceGraph.FolderUses(Path.Combine(TestPaths.RepositoryRoot, "src", "GcmBot", "Discord"), "GcmBot.Discord");

        Assert.DoesNotContain("Registration", uses["Rest"]);
        Assert.DoesNotContain("Interactions", uses["Rest"]);
    }
}
