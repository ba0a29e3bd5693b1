using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;

namespace GcmBot.Teams.Package;

/// <summary>
/// "teams-package": writes the Teams app package (manifest.json + two icons in a zip) to upload in
/// Teams or the Teams admin center. Arguments: --app-id GUID --website-url https://…
/// [--privacy-url …] [--terms-url …] [--developer NAME] [--version 1.0.0] [--output gcmbot-teams.zip],
/// parsed by System.CommandLine (so "teams-package --help" lists them).
/// </summary>
public sealed class TeamsPackageVerb
{
    public const string Name = "teams-package";

    public const string Usage =
        "Usage: teams-package --app-id <Microsoft App ID> --website-url <https URL> [--privacy-url <https URL>] " +
        "[--terms-url <https URL>] [--developer <name>] [--version <x.y.z>] [--output <file.zip>]";

    private static readonly string[] OptionNames = ["app-id", "website-url", "privacy-url", "terms-url", "developer", "version", "output"];

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["app-id"] = "The bot's Microsoft App ID (a GUID), the same as Teams:AppId. Required.",
        ["website-url"] = "The app's website, https. Required.",
        ["privacy-url"] = "Privacy statement, https (default: the website).",
        ["terms-url"] = "Terms of use, https (default: the website).",
        ["developer"] = "Developer name shown in Teams, 1 to 32 characters (default: GcmBot).",
        ["version"] = "App version MAJOR.MINOR.PATCH (default: 1.0.0).",
        ["output"] = "The zip file to write (default: gcmbot-teams.zip).",
    };

    /// <summary>The verb's definition (its options, for parsing and --help); the values are checked by <see cref="RunAsync(ParseResult, TextWriter)"/>.</summary>
    public static Command Definition()
    {
        var command = new Command(Name, "Writes the Teams app package (manifest.json and the two icons in a zip) to upload in Teams.");
        foreach (var name in OptionNames)
        {
            command.Options.Add(new Option<string>("--" + name) { Description = Descriptions[name] });
        }

        return command;
    }

    public Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var parsed = Definition().Parse(args.SkipWhile(a => a == Name).ToArray());
        return parsed.Errors.Count > 0 ? ExplainAsync(parsed, output) : RunAsync(parsed, output);
    }

    /// <summary>Bad arguments (an unknown option, a value missing): the first error and the usage line, exit code 2.</summary>
    public static async Task<int> ExplainAsync(ParseResult parsed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(parsed.Errors[0].Message);
        await output.WriteLineAsync(Usage);
        return 2;
    }

    public async Task<int> RunAsync(ParseResult parsed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(output);
        var values = OptionNames
            .Select(name => (name, value: parsed.GetValue<string>("--" + name)))
            .Where(p => p.value is not null)
            .ToDictionary(p => p.name, p => p.value!, StringComparer.Ordinal);
        var (settings, path, error) = Parse(values);
        if (error is not null)
        {
            await output.WriteLineAsync(error);
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await WriteAsync(settings!, path);
        await output.WriteLineAsync($"Wrote the Teams app package to {Path.GetFullPath(path)}. Upload it in Teams (Apps > Manage your apps > Upload an app) or the Teams admin center.");
        return 0;
    }

    internal static async Task WriteAsync(TeamsPackageSettings settings, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        await using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        await AddAsync(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(TeamsManifest.Build(settings), new JsonSerializerOptions { WriteIndented = true }));
        await AddAsync(zip, TeamsManifest.ColorIcon, TeamsIcons.Color());
        await AddAsync(zip, TeamsManifest.OutlineIcon, TeamsIcons.Outline());
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content)
    {
        await using var entry = await zip.CreateEntry(name).OpenAsync();
        await entry.WriteAsync(content);
    }

    private static (TeamsPackageSettings? Settings, string Path, string? Error) Parse(Dictionary<string, string> values)
    {
        if (!values.TryGetValue("app-id", out var appIdText) || !Guid.TryParse(appIdText, out var appId))
        {
            return (null, string.Empty, "--app-id must be the bot's Microsoft App ID (a GUID), the same as Teams:AppId.");
        }

        var website = HttpsUrl(values, "website-url", null);
        var privacy = HttpsUrl(values, "privacy-url", website);
        var terms = HttpsUrl(values, "terms-url", website);
        if (website is null || privacy is null || terms is null)
        {
            return (null, string.Empty, "--website-url (and --privacy-url, --terms-url if given) must be https URLs; Teams requires them.");
        }

        var version = values.GetValueOrDefault("version", "1.0.0");
        if (!System.Version.TryParse(version, out var parsed) || parsed.Revision != -1 || parsed.Build == -1)
        {
            return (null, string.Empty, "--version must be MAJOR.MINOR.PATCH, e.g. 1.0.0.");
        }

        var developer = values.GetValueOrDefault("developer", "GcmBot");
        if (developer.Length is 0 or > 32)
        {
            return (null, string.Empty, "--developer must be 1 to 32 characters.");
        }

        var settings = new TeamsPackageSettings(appId, website, privacy, terms, developer, parsed.ToString(3));
        return (settings, values.GetValueOrDefault("output", "gcmbot-teams.zip"), null);
    }

    private static Uri? HttpsUrl(Dictionary<string, string> values, string key, Uri? fallback) =>
        !values.TryGetValue(key, out var text)
            ? fallback
            : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri : null;
}
