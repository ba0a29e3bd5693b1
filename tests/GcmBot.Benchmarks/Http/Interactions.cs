using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GcmBot.Benchmarks.Http;

/// <summary>Interaction bodies shaped like Discord's, each signed as Discord signs them.</summary>
internal static class Interactions
{
    public const string ApplicationId = "100000000000000001";

    /// <summary>The last interaction id used: Discord never repeats one, and the app refuses a repeat as a replay.</summary>
    private static int lastId;

    public static string Ping(int id) =>
        JsonSerializer.Serialize(new { id = Id(id), application_id = ApplicationId, type = 1, token = "ping-token", version = 1 });

    /// <summary>A slash command in a guild, e.g. /objective number:13, by a member without Manage Server.</summary>
    public static string Command(int id, string name, string option, object value) =>
        JsonSerializer.Serialize(new
        {
            id = Id(id),
            application_id = ApplicationId,
            type = 2,
            token = "token-" + Id(id),
            guild_id = "300000000000000003",
            channel_id = "200000000000000002",
            member = new { user = new { id = "400000000000000004", username = "delegate" }, permissions = "2048" },
            data = new { id = "900000000000000009", name, type = 1, options = new[] { new { name = option, type = value is int ? 4 : 3, value } } },
        });

    /// <summary>Makes a freshly signed request from the template per call, each with a new interaction id and the current timestamp.</summary>
    public static Func<SignedRequest> Signer(DiscordKeys keys, Func<int, string> body) => () =>
        Sign(keys, body, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds());

    /// <summary>
    /// A request with a new interaction id (Discord never repeats one, and the app refuses a repeat as a replay),
    /// signed over <paramref name="unixSeconds"/> as its X-Signature-Timestamp.
    /// </summary>
    public static SignedRequest Sign(DiscordKeys keys, Func<int, string> body, long unixSeconds)
    {
        var timestamp = unixSeconds.ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body(Interlocked.Increment(ref lastId)));
        return new SignedRequest(bytes, timestamp, keys.Sign(timestamp, bytes), unixSeconds);
    }

    private static string Id(int id) => (500000000000000000L + id).ToString(CultureInfo.InvariantCulture);
}

internal sealed record SignedRequest(byte[] Body, string Timestamp, string Signature, long UnixSeconds);
