namespace GcmBot.Tests;

/// <summary>Folders the tests need: the corpus (found above the test binaries) and fresh temp dirs.</summary>
internal static class TestPaths
{
    public static string Corpus { get; } = FindCorpus();

    /// <summary>The repository's top folder (the one holding GcmBot.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string NewTempDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gcmbot-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GcmBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GcmBot.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("corpus/manifest.json not found above " + AppContext.BaseDirectory);
    }
}
