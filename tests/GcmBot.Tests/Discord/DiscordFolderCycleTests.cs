using System.Text.RegularExpressions;

namespace GcmBot.Tests.Discord;

/// <summary>
/// Issue 15: no two folders (namespaces) of the Discord adapter use each other. Rest once took the slash-command
/// definitions' type from Commands while Commands' registrar called Rest; the definitions' wire shape now sits in
/// Payloads, below both. The scan reads the source: a folder uses another when its files name a type the other declares.
/// </summary>
public sealed partial class DiscordFolderCycleTests
{
    private static readonly string DiscordFolder = Path.Combine(TestPaths.RepositoryRoot, "src", "GcmBot", "Discord");

    [Fact]
    public void NoTwoDiscordFoldersUseEachOther()
    {
        var uses = FolderUses(DiscordFolder);

        var cycles = uses.SelectMany(a => a.Value
                .Where(b => string.CompareOrdinal(a.Key, b) < 0 && uses[b].Contains(a.Key))
                .Select(b => $"{a.Key} <-> {b}"))
            .ToList();

        Assert.Empty(cycles);
    }

    [Fact]
    public void RestUsesNeitherRegistrationNorInteractions()
    {
        var uses = FolderUses(DiscordFolder);

        Assert.DoesNotContain("Registration", uses["Rest"]);
        Assert.DoesNotContain("Interactions", uses["Rest"]);
    }

    [Fact]
    public void TheScanSeesTheRegistrarCallingRest()
    {
        // The registrar sends the definitions through Rest's IDiscordRest: if the scan missed this edge,
        // the tests above could not fail.
        Assert.Contains("Rest", FolderUses(DiscordFolder)["Registration"]);
    }

    private static Dictionary<string, HashSet<string>> FolderUses(string root)
    {
        var folders = Directory.GetDirectories(root).ToDictionary(
            folder => new DirectoryInfo(folder).Name,
            folder => Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList());
        var declared = folders.ToDictionary(
            f => f.Key,
            f => f.Value.SelectMany(text => Declaration().Matches(text).Select(m => m.Groups["name"].Value)).ToHashSet());

        return folders.ToDictionary(
            f => f.Key,
            f => folders.Keys
                .Where(other => other != f.Key && declared[other]
                    .Except(declared[f.Key])
                    .Any(type => f.Value.Any(text => Regex.IsMatch(text, $@"\b{type}\b"))))
                .ToHashSet());
    }

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|sealed|static|partial|abstract|readonly|file)\s+)*(?:class|record|interface|enum|struct)\s+(?:struct\s+|class\s+)?(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
