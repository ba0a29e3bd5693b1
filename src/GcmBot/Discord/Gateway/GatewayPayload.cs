using System.Text.Json;
using System.Text.Json.Serialization;

namespace GcmBot.Discord.Gateway;

/// <summary>A gateway frame: opcode, data, sequence number (dispatches only) and event name (dispatches only).</summary>
internal sealed record GatewayPayload(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("d")] JsonElement D = default,
    [property: JsonPropertyName("s")] int? S = null,
    [property: JsonPropertyName("t")] string? T = null);

/// <summary>A frame we send. Unlike REST bodies, "d": null is written (a first heartbeat carries null).</summary>
internal sealed record GatewayCommand(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("d")] object? D);

internal static class GatewayOpcode
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}

/// <summary>IDENTIFY; <see cref="Shard"/> is [shard_id, num_shards].</summary>
internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, int[] Shard);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumeData(string Token, string SessionId, int? Seq);

internal static class GatewayJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
