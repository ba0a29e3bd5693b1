using System.Net.Http.Headers;
using System.Text.Json;
using GcmBot.Teams.Auth;

namespace GcmBot.Teams.Connector;

/// <summary>
/// Asks the Connector for one member of a conversation (GET v3/conversations/{id}/members/{userId}, the
/// SDK's TeamsInfo.GetMemberAsync) and reads its TeamsChannelAccount.userRole: "user", "guest" or
/// "anonymous". Used only when someone changes a digest subscription, so ordinary messages cost nothing.
/// </summary>
internal sealed partial class TeamsRoster(
    IHttpClientFactory httpClients, IOutboundTokenProvider tokens, ServiceUrlTrust trust, ILogger<TeamsRoster> logger)
{
    public async Task<MemberRole> GetRoleAsync(Uri serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        if (!trust.IsTrusted(serviceUrl))
        {
            return MemberRole.Unknown;
        }

        var url = new Uri(serviceUrl.ToString().TrimEnd('/') +
            $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/members/{Uri.EscapeDataString(userId)}");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        try
        {
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await httpClients.CreateClient(BotConnectorClient.HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LookupFailed(logger, (int)response.StatusCode);
                return MemberRole.Unknown;
            }

            using var member = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return member.RootElement.ValueKind == JsonValueKind.Object && member.RootElement.TryGetProperty("userRole", out var role) && role.ValueKind == JsonValueKind.String
                ? Parse(role.GetString())
                : MemberRole.Member;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LookupFailed(logger, 0);
            return MemberRole.Unknown;
        }
    }

    private static MemberRole Parse(string? role) => role?.ToLowerInvariant() switch
    {
        "guest" or "anonymous" => MemberRole.Guest,
        _ => MemberRole.Member,
    };

    [LoggerMessage(EventId = 4210, EventName = "TeamsRosterLookupFailed", Level = LogLevel.Warning,
        Message = "Could not read a member's role from the Teams roster (status {StatusCode}); the subscription change is refused")]
    private static partial void LookupFailed(ILogger logger, int statusCode);
}

/// <summary>What the roster says about a member; <see cref="Unknown"/> when it could not be asked.</summary>
internal enum MemberRole
{
    Member,
    Guest,
    Unknown,
}
