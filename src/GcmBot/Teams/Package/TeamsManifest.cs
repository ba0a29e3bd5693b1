using System.Globalization;
using System.Text.Json.Nodes;

namespace GcmBot.Teams.Package;

/// <summary>What varies between deployments of the app package.</summary>
internal sealed record TeamsPackageSettings(
    Guid AppId,
    Uri WebsiteUrl,
    Uri PrivacyUrl,
    Uri TermsOfUseUrl,
    string Developer,
    string Version);

/// <summary>
/// The Teams app manifest (schema 1.17): one bot for the personal, team and group-chat scopes with a
/// command menu. The bot id is the Microsoft App ID, which also serves as the app id.
/// </summary>
internal static class TeamsManifest
{
    public const string ManifestVersion = "1.17";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    public static readonly string[] Scopes = ["personal", "team", "groupChat"];

    /// <summary>
    /// The command menu (at most 10; title ≤ 32, description ≤ 128 characters). Choosing one only types its
    /// title into the compose box, so each title is a word the command router understands.
    /// </summary>
    public static readonly (string Title, string Description)[] Commands =
    [
        ("objective", "An objective's title and actions, quoted exactly: objective 13, or objective 13 h for one action"),
        ("ask", "Any question, answered with quoted passages and citations: ask remittances"),
        ("where", "Where a topic appears in the Progress Declaration and Kenya's position: where detention"),
        ("paragraph", "A Progress Declaration paragraph: paragraph 67"),
        ("kenya", "A section of Kenya's National Position: kenya IV"),
        ("dates", "Review forum dates"),
        ("digest", "The review-forum calendar posted here daily: digest subscribe, status, preview or unsubscribe"),
        ("about", "The source documents and the corrections GcmBot applies"),
        ("help", "Everything GcmBot can do"),
    ];

    public static JsonObject Build(TeamsPackageSettings settings)
    {
        var appId = settings.AppId.ToString("D", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/en-us/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = ManifestVersion,
            ["version"] = settings.Version,
            ["id"] = appId,
            ["developer"] = new JsonObject
            {
                ["name"] = settings.Developer,
                ["websiteUrl"] = settings.WebsiteUrl.ToString(),
                ["privacyUrl"] = settings.PrivacyUrl.ToString(),
                ["termsOfUseUrl"] = settings.TermsOfUseUrl.ToString(),
            },
            ["name"] = new JsonObject { ["short"] = "GcmBot", ["full"] = "GcmBot: the Global Compact for Migration, quoted" },
            ["description"] = new JsonObject
            {
                ["short"] = "Quotes the Global Compact for Migration word for word, with citations.",
                ["full"] = "GcmBot answers questions about the UN Global Compact for Safe, Orderly and Regular Migration " +
                    "(GCM) by quoting its source documents verbatim: the 23 objectives and their actions, the Progress " +
                    "Declaration, the Zero Draft and related reports, each passage with its citation. Ask for an objective, " +
                    "ask any question about the compact, or subscribe a chat to a daily digest of the review-forum calendar.",
            },
            ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
            ["accentColor"] = TeamsIcons.AccentColor,
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = appId,
                ["scopes"] = ScopeArray(),
                ["isNotificationOnly"] = false,
                ["supportsFiles"] = false,
                ["commandLists"] = new JsonArray(new JsonObject
                {
                    ["scopes"] = ScopeArray(),
                    ["commands"] = new JsonArray([.. Commands.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["description"] = c.Description })]),
                }),
            }),
            ["validDomains"] = new JsonArray(),
        };
    }

    private static JsonArray ScopeArray() => new([.. Scopes.Select(s => (JsonNode)s)]);
}
