using System.Text.RegularExpressions;

namespace GcmBot.Tests.Shipping;

/// <summary>
/// What the repository's Dockerfile does, read from the Dockerfile itself: the publish command of
/// the build stage and the environment of the runtime stage. There is no container engine on our
/// machines, so the publish test replays this recipe directly.
/// </summary>
internal sealed partial record DockerfileRecipe(string PublishArguments, string OutputFolder, IReadOnlyDictionary<string, string> Environment, string HealthCheck)
{
    public static DockerfileRecipe Read(string dockerfile)
    {
        var text = File.ReadAllText(dockerfile).Replace("\\\n", " ", StringComparison.Ordinal);
        var publish = PublishPattern().Match(text);
        var runtime = text[text.LastIndexOf("FROM ", StringComparison.Ordinal)..];
        var environment = EnvPattern().Matches(runtime)
            .SelectMany(m => PairPattern().Matches(m.Groups[1].Value))
            .ToDictionary(p => p.Groups[1].Value, p => p.Groups[2].Value);
        var health = HealthPattern().Match(text);
        if (!publish.Success || !health.Success)
        {
            throw new InvalidOperationException("The Dockerfile no longer has a 'RUN dotnet publish … -o DIR' line and a HEALTHCHECK CMD.");
        }

        return new DockerfileRecipe(publish.Groups[1].Value.Trim(), publish.Groups[2].Value, environment, health.Groups[1].Value);
    }

    [GeneratedRegex(@"RUN dotnet publish (.*?)-o (\S+)")]
    private static partial Regex PublishPattern();

    [GeneratedRegex(@"(?m)^ENV (.+)$")]
    private static partial Regex EnvPattern();

    [GeneratedRegex(@"(\w+)=(\S+)")]
    private static partial Regex PairPattern();

    [GeneratedRegex(@"HEALTHCHECK .*?CMD \[(.+)\]")]
    private static partial Regex HealthPattern();
}
