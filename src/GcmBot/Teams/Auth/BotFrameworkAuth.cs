namespace GcmBot.Teams.Auth;

/// <summary>Fixed values of the Bot Framework channel protocol (public cloud).</summary>
internal static class BotFrameworkAuth
{
    /// <summary>The only issuer of channel-to-bot tokens, for single- and multi-tenant bots alike.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The claim carrying the Connector URL the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Scope of our outbound token, so the Connector accepts it.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>Token authority for multi-tenant bots; single-tenant bots use their own tenant.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly IReadOnlyList<string> SigningAlgorithms = ["RS256", "RS384", "RS512"];
}
