using System.ComponentModel.DataAnnotations;

namespace GcmBot.Teams;

/// <summary>
/// The "Teams" configuration section. Names follow the Azure portal (Microsoft App ID, password/secret,
/// tenant, app type). With no <see cref="AppId"/> the endpoint is off unless <see cref="EmulatorMode"/> asks
/// for the unauthenticated local Emulator mode.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The bot's Microsoft App ID (a GUID). Empty: no Teams endpoint, or Emulator mode when asked for.</summary>
    public string? AppId { get; set; }

    /// <summary>The app registration's client secret. Required with an app id; never logged.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The bot's home tenant; required for single-tenant bots (the Azure default since 2025).</summary>
    public string? TenantId { get; set; }

    public TeamsAppType AppType { get; set; } = TeamsAppType.SingleTenant;

    /// <summary>Where the channel's signing keys are announced.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The Entra ID host that issues our outbound tokens ({host}/{tenant}/oauth2/v2.0/token).</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>
    /// How long signing keys are trusted before a refetch; the channel asks for at least daily. It is IdentityModel's
    /// AutomaticRefreshInterval, whose least is 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>SQLite file holding conversation references; relative paths are under the content root.</summary>
    [Required]
    public string StatePath { get; set; } = Path.Combine("data", "teams-state.db");

    /// <summary>Upper bound for one outgoing activity, in UTF-8 bytes as serialized (Teams rejects ~100 KB and more).</summary>
    [Range(4_000, 80_000)]
    public int MessageBudgetBytes { get; set; } = 30_000;

    /// <summary>Minimum gap between two sends to one conversation (Teams throttles per thread).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ConversationPacing { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after a 429, 412, 502 or 504 from the Connector.</summary>
    [Range(0, 10)]
    public int MaxSendRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Hosts, besides the Microsoft ones, that may receive our bearer token (e.g. a test Connector).</summary>
    public List<string> ExtraTrustedServiceHosts { get; set; } = [];

    [Range(1, 64)]
    public int MaxConcurrentTurns { get; set; } = 4;

    /// <summary>
    /// Serve /api/messages without authentication to the Bot Framework Emulator on this machine. Off by
    /// default; only meaningful without <see cref="AppId"/>.
    /// </summary>
    public bool EmulatorMode { get; set; }

    /// <summary>No app id: no tokens in or out. The endpoint is mapped only when <see cref="EmulatorMode"/> is on.</summary>
    public bool IsEmulatorMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>Whether /api/messages exists at all: an app id, or Emulator mode asked for explicitly.</summary>
    public bool IsEndpointEnabled => !IsEmulatorMode || EmulatorMode;
}

/// <summary>The Azure Bot "type of app". Managed identities are not supported by this adapter.</summary>
public enum TeamsAppType
{
    SingleTenant,
    MultiTenant,
}
