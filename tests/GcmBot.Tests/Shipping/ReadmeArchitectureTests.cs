namespace GcmBot.Tests.Shipping;

/// <summary>Issue 15: the README's architecture section names every source folder, and only folders that exist.</summary>
public sealed class ReadmeArchitectureTests
{
    private static readonly string Root = TestPaths.RepositoryRoot;

    [Theory]
    [InlineData("src/GcmBot.Core")]
    [InlineData("src/GcmBot")]
    public void ArchitectureSection_NamesEveryTopFolderOfTheProject(string project)
    {
        var section = Section();
        var folders = Directory.GetDirectories(Path.Combine(Root, project))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .ToList();

        Assert.NotEmpty(folders);
        Assert.All(folders, name => Assert.Contains(name + "/", section, StringComparison.Ordinal));
    }

    [Fact]
    public void ArchitectureSection_NamesNoFolderThatIsGone()
    {
        // Every "Name/" opening a line indented by two under a project is a folder of it (deeper lines continue the one above).
        var lines = Section().Split('\n');
        var project = "";
        foreach (var line in lines)
        {
            if (line.StartsWith("src/", StringComparison.Ordinal))
            {
                project = line.Split(' ')[0].TrimEnd('/');
            }
            else if (project.Length > 0 && line.StartsWith("  ", StringComparison.Ordinal) && line[2] != ' ' && line.TrimStart().Split(' ')[0] is { Length: > 1 } first && first.EndsWith('/'))
            {
                Assert.True(Directory.Exists(Path.Combine(Root, project, first.TrimEnd('/'))), $"{project}/{first}");
            }
            else if (!line.StartsWith(' '))
            {
                project = "";
            }
        }
    }

    private static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("## Architecture\n", StringComparison.Ordinal);
        var block = readme.IndexOf("```\n", start, StringComparison.Ordinal) + 4;
        return readme[block..readme.IndexOf("```\n", block, StringComparison.Ordinal)];
    }
}
