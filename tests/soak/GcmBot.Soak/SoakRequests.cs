using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace GcmBot.Soak;

/// <summary>
/// The n-th request to each endpoint: a realistic mix of commands and questions from 1,000 people in
/// 50 conversations (so the per-person and per-conversation limits see ordinary traffic). Discord
/// interactions are signed with a key made for this run, whose public half the app is configured with.
/// </summary>
internal sealed class SoakRequests(string teamsServiceUrl)
{
    public const string ApplicationId = "100000000000000001";

    private static readonly string[] Texts =
    [
        "objective 13", "13h", "objective 23 page 2", "pd 67", "¶40", "kenya IV", "help", "about", "dates",
        "what does it say about remittances", "where detention", "what did Kenya say on remittances",
        "what does the compact say about children in detention", "search and rescue at sea", "objective 7 c", "where objective 5",
    ];

    private readonly Ed25519PrivateKeyParameters _key = NewKey();

    public string PublicKeyHex => Convert.ToHexStringLower(_key.GeneratePublicKey().GetEncoded());

    public static string Text(long n) => Texts[n % Texts.Length];

    public HttpRequestMessage LocalChat(long n) => Json("api/chat", new JsonObject { ["text"] = Text(n) });

    public HttpRequestMessage DiscordInteraction(long n)
    {
        var data = (n % 4) switch
        {
            0 => new JsonObject { ["name"] = "objective", ["type"] = 1, ["options"] = new JsonArray(Option("number", 1 + n % 23, 4)) },
            1 => new JsonObject { ["name"] = "where", ["type"] = 1, ["options"] = new JsonArray(Option("topic", "detention", 3)) },
            _ => new JsonObject { ["name"] = "ask", ["type"] = 1, ["options"] = new JsonArray(Option("question", Text(n), 3)) },
        };
        var interaction = new JsonObject
        {
            ["id"] = (500000000000000000 + n).ToString(CultureInfo.InvariantCulture),
            ["application_id"] = ApplicationId,
            ["type"] = 2,
            ["token"] = "soak-token-" + n.ToString(CultureInfo.InvariantCulture),
            ["guild_id"] = "300000000000000003",
            ["channel_id"] = (200000000000000000 + n % 50).ToString(CultureInfo.InvariantCulture),
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = (400000000000000000 + n % 1000).ToString(CultureInfo.InvariantCulture) }, ["permissions"] = "2048" },
            ["data"] = data,
        };
        var request = Json("discord/interactions", interaction);
        var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add("X-Signature-Ed25519", Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    public HttpRequestMessage TeamsActivity(long n) => Json("api/messages", new JsonObject
    {
        ["type"] = "message",
        ["id"] = n.ToString(CultureInfo.InvariantCulture),
        ["channelId"] = "emulator",
        ["serviceUrl"] = teamsServiceUrl,
        ["from"] = new JsonObject { ["id"] = "user-" + (n % 1000).ToString(CultureInfo.InvariantCulture) },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "GcmBot" },
        ["conversation"] = new JsonObject { ["id"] = "soak-" + (n % 50).ToString(CultureInfo.InvariantCulture) },
        ["text"] = Text(n),
    });

    private static JsonObject Option(string name, JsonNode value, int type) => new() { ["name"] = name, ["type"] = type, ["value"] = value };

    private static HttpRequestMessage Json(string path, JsonObject body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
    }

    private string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _key);
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }

    private static Ed25519PrivateKeyParameters NewKey()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        return (Ed25519PrivateKeyParameters)generator.GenerateKeyPair().Private;
    }
}
