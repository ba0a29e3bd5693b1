using System.Diagnostics;

namespace GcmBot.Tests.Teams.Package;

/// <summary>
/// "dotnet run --project src/GcmBot -- teams-package … --output gcmbot-teams.zip" writes the zip where the
/// user typed the command: dotnet run starts the app in RunWorkingDirectory, asked here of MSBuild itself.
/// </summary>
public sealed class RunWorkingDirectoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gcmbot-cwd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task DotnetRun_FromAnyFolder_RunsTheAppInThatFolder()
    {
        var project = Path.Combine(TestPaths.RepositoryRoot, "src", "GcmBot", "GcmBot.csproj");
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-getProperty:RunWorkingDirectory"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(Path.TrimEndingDirectorySeparator(_folder), Path.TrimEndingDirectorySeparator(output.Trim()));
    }
}
