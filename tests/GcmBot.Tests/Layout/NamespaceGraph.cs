using System.Text.RegularExpressions;

namespace GcmBot.Tests.Layout;

/// <summary>
/// Which folders of a source folder use which, read from the source: a file in folder A uses folder B when it
/// names B's namespace, in a using directive or a fully qualified name. Precise because the build fails on an
/// unused using (IDE0005 is a warning and warnings are errors), and a folder's files can reach a sibling
/// folder's types only through its namespace (checked: every file declares its own folder's namespace).
/// </summary>
internal static partial class NamespaceGraph
{
    /// <summary>Folder name to the sibling folders it uses, for every folder directly under <paramref name="root"/>.</summary>
    public static Dictionary<string, HashSet<string>> FolderUses(string root, string rootNamespace)
    {
        var folders = Subfolders(root).Select(Path.GetFileName).OfType<string>().ToHashSet();
        var named = new Regex($@"(?<![\w.]){Regex.Escape(rootNamespace)}\.(?<folder>\w+)(?=[.;])");

        return folders.ToDictionary(
            folder => folder,
            folder => SourceFiles(Path.Combine(root, folder))
                .SelectMany(text => named.Matches(text).Select(m => m.Groups["folder"].Value))
                .Where(other => other != folder && folders.Contains(other))
                .ToHashSet());
    }

    /// <summary>
    /// Each pair of folders on one cycle, as "A &lt;-&gt; B" (A before B): they use each other directly or through
    /// other folders (A → B → C → A names all three pairs).
    /// </summary>
    public static List<string> Cycles(Dictionary<string, HashSet<string>> uses) =>
        uses.Keys.SelectMany(a => Reachable(uses, a)
                .Where(b => string.CompareOrdinal(a, b) < 0 && Reachable(uses, b).Contains(a))
                .Select(b => $"{a} <-> {b}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Files under <paramref name="root"/> whose namespace is not the folder's own (or one below it).</summary>
    public static List<string> FilesOutsideTheirNamespace(string root, string rootNamespace) =>
        Subfolders(root)
            .SelectMany(folder => Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(file => !IsGenerated(file))
                .Where(file => FileNamespace().Match(File.ReadAllText(file)) is not { Success: true } m
                    || !(m.Groups["name"].Value + ".").StartsWith($"{rootNamespace}.{Path.GetFileName(folder)}.", StringComparison.Ordinal))
                .Select(file => Path.GetRelativePath(root, file)))
            .ToList();

    /// <summary>The folders directly under <paramref name="root"/> that hold source (not build output or web assets).</summary>
    public static IEnumerable<string> Subfolders(string root) =>
        Directory.GetDirectories(root).Where(folder => Path.GetFileName(folder) is not ("bin" or "obj" or "wwwroot"));

    private static HashSet<string> Reachable(Dictionary<string, HashSet<string>> uses, string from)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>(uses[from]);
        while (next.TryPop(out var folder))
        {
            if (seen.Add(folder))
            {
                foreach (var further in uses[folder])
                {
                    next.Push(further);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Where(file => !IsGenerated(file)).Select(File.ReadAllText);

    private static bool IsGenerated(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();
}
