namespace GcmBot.Tests.Layout;

/// <summary>
/// No two folders (namespaces) of a project use each other, directly or through others: the host's top-level
/// folders and the folders inside each of them, and the core's top-level folders. Storage once used the digest's
/// and Teams' types while both used Storage's SQLite stores, the digest registered the host's Handlers/ that used
/// it, and the digest's replies named the terminal's context in Cli/, whose host adds the digest.
/// </summary>
public sealed class NamespaceCycleTests
{
    public static TheoryData<string, string> Folders()
    {
        var host = Path.Combine(TestPaths.RepositoryRoot, "src", "GcmBot");
        var data = new TheoryData<string, string>
        {
            { "src/GcmBot", "GcmBot" },
            { "src/GcmBot.Core", "GcmBot.Core" },
        };
        foreach (var folder in Directory.GetDirectories(host, "*", SearchOption.AllDirectories)
                     .Select(folder => Path.GetRelativePath(host, folder).Replace(Path.DirectorySeparatorChar, '/'))
                     .Where(folder => !folder.Split('/').Any(part => part is "bin" or "obj" or "wwwroot"))
                     .Where(folder => NamespaceGraph.Subfolders(Path.Combine(host, folder)).Any())
                     .Order(StringComparer.Ordinal))
        {
            data.Add($"src/GcmBot/{folder}", $"GcmBot.{folder.Replace('/', '.')}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void NoTwoFoldersUseEachOther(string folder, string rootNamespace)
    {
        var uses = NamespaceGraph.FolderUses(Path.Combine(TestPaths.RepositoryRoot, folder), rootNamespace);

        var cycles = NamespaceGraph.Cycles(uses);

        Assert.True(cycles.Count == 0, $"Folders of {folder} on a cycle: {string.Join(", ", cycles)}");
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void EveryFileDeclaresItsFoldersNamespace(string folder, string rootNamespace)
    {
        // The scan finds a use by the namespace it names, so a file must live in the namespace its folder names.
        Assert.Empty(NamespaceGraph.FilesOutsideTheirNamespace(Path.Combine(TestPaths.RepositoryRoot, folder), rootNamespace));
    }

    [Fact]
    public void TheScanSeesTheSourcesKnownUses()
    {
        // Read from the source by hand: Discord's REST lanes come from Hosting (using GcmBot.Hosting.Lanes), and the
        // slash-command registrar sends through Rest's IDiscordRest. If the scan missed these, the tests above could not fail.
        var host = NamespaceGraph.FolderUses(Path.Combine(TestPaths.RepositoryRoot, "src", "GcmBot"), "GcmBot");
        var discord = NamespaceGraph.FolderUses(Path.Combine(TestPaths.RepositoryRoot, "src", "GcmBot", "Discord"), "GcmBot.Discord");

        Assert.Contains("Hosting", host["Discord"]);
        Assert.Contains("Rest", discord["Registration"]);
    }

    [Fact]
    public void TheScanSeesUsingsAliasesAndQualifiedNamesButNotOtherProjectsOrBareMentions()
    {
        var root = TestPaths.NewTempDirectory("namespace-graph");
        try
        {
            Write(root, "A/One.cs", "using App.B;\nnamespace App.A;\nclass One;");
            Write(root, "B/Deep/Two.cs", "namespace App.B.Deep;\nclass Two { App.C.Three? three; }");
            Write(root, "C/Three.cs", "using Alias = App.D.Sub.Four;\nusing App.Core.A;\nnamespace App.C;\nclass Three;");
            Write(root, "D/Sub/Four.cs", "namespace App.D.Sub;\n// mentions App.A only as a word, not as a namespace with a dot or semicolon after it\nclass Four;");

            var uses = NamespaceGraph.FolderUses(root, "App");

            Assert.Equal(["B"], uses["A"]);
            Assert.Equal(["C"], uses["B"]);
            Assert.Equal(["D"], uses["C"]);
            Assert.Empty(uses["D"]);
            Assert.Empty(NamespaceGraph.Cycles(uses));

            // One more file closes the loop D → A → B → C → D: every pair on it is a cycle, though no two use each other directly.
            Write(root, "D/Five.cs", "using static App.A.One;\nnamespace App.D;\nclass Five;");

            Assert.Equal(
                ["A <-> B", "A <-> C", "A <-> D", "B <-> C", "B <-> D", "C <-> D"],
                NamespaceGraph.Cycles(NamespaceGraph.FolderUses(root, "App")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Write(string root, string file, string text)
    {
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
