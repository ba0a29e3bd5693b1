using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GcmBot.Tests.Hardening;

/// <summary>One request body a test sends, its content type (null: none), and a name for failure messages.</summary>
internal sealed record HostileBody(string Name, byte[] Bytes, string? ContentType);

/// <summary>
/// Request bodies for each endpoint: the hostile texts wrapped in well-formed requests, and broken
/// requests (malformed, truncated and 10,000-deep JSON, 100 KB bodies, invalid UTF-8, wrong content types,
/// unknown interaction and activity types, fields of the wrong type).
/// </summary>
internal static class HostileBodies
{
    public const string Json = "application/json";

    /// <summary>Bodies no endpoint can use, for all three.</summary>
    public static IEnumerable<HostileBody> Broken()
    {
        var random = new Random(HostileText.Seed + 1);
        var junk = new byte[4096];
        random.NextBytes(junk);
        yield return new("empty", [], Json);
        yield return new("random bytes", junk, Json);
        yield return new("invalid UTF-8", [0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D], Json);
        yield return new("truncated", Utf8("{\"text\": \"objective 13"), Json);
        yield return new("10,000 nested arrays", Utf8(new string('[', 10_000) + new string(']', 10_000)), Json);
        yield return new("10,000 nested objects", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)), Json);
        yield return new("100 KB of JSON", Utf8(JsonSerializer.Serialize(new { text = new string('x', 100 * 1024), type = "message" })), Json);
        yield return new("100 KB of spaces", Utf8(new string(' ', 100 * 1024) + "{}"), Json);
        yield return new("JSON null", Utf8("null"), Json);
        yield return new("JSON string", Utf8("\"objective 13\""), Json);
        yield return new("JSON array", Utf8("[{\"text\":\"help\"}]"), Json);
        yield return new("huge number", Utf8("{\"type\": 1e99999, \"text\": 1e99999}"), Json);
        yield return new("duplicate keys", Utf8("{\"type\":\"message\",\"type\":2,\"text\":\"a\",\"text\":\"b\"}"), Json);
        yield return new("BOM then JSON", [0xEF, 0xBB, 0xBF, .. Utf8("{\"text\":\"help\"}")], Json);
        yield return new("comments", Utf8("/* hi */ {\"text\": \"help\" // there\n}"), Json);
        yield return new("text/plain", Utf8("objective 13"), "text/plain");
        yield return new("form", Utf8("text=objective+13"), "application/x-www-form-urlencoded");
        yield return new("XML", Utf8("<text>objective 13</text>"), "application/xml");
        yield return new("no content type", Utf8("{\"text\":\"help\"}"), null);
        yield return new("UTF-16 JSON", Encoding.Unicode.GetBytes("{\"text\":\"help\"}"), "application/json; charset=utf-16");
        yield return new("multipart", Utf8("--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhelp\r\n--b--"), "multipart/form-data; boundary=b");
    }

    public static IEnumerable<HostileBody> LocalChat(IEnumerable<string> texts) =>
        texts.Select((t, i) => new HostileBody($"text #{i}", Utf8(JsonSerializer.Serialize(new { text = t })), Json))
            .Concat(WrongShapes(["text"]))
            .Concat(Broken());

    public static IEnumerable<HostileBody> TeamsActivity(IEnumerable<string> texts, Func<string, JsonObject> message)
    {
        var list = texts.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var activity = message(list[i]);
            switch (i % 5)
            {
                case 1: activity["value"] = new JsonObject { ["command"] = list[i] }; break;
                case 2: activity["type"] = new[] { "typing", "event", "messageReaction", "endOfConversation", "installationUpdate", "conversationUpdate", "", "MESSAGE", "💥" }[i % 9]; break;
                case 3: activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = list[i], ["mentioned"] = new JsonObject { ["id"] = list[i] } }); break;
                case 4: activity["value"] = JsonNode.Parse("[1, {\"command\": 13}, null]"); break;
            }

            yield return new($"activity #{i}", Utf8(activity.ToJsonString()), Json);
        }

        foreach (var broken in WrongShapes(["type", "text", "conversation", "from", "recipient", "serviceUrl", "entities", "value", "channelData"]).Concat(Broken()))
        {
            yield return broken;
        }
    }

    /// <summary>Objects whose fields have every wrong JSON type.</summary>
    public static IEnumerable<HostileBody> WrongShapes(IEnumerable<string> fields)
    {
        JsonNode?[] wrong = [null, 13, -1.5, true, "", new JsonArray(), new JsonObject(), JsonNode.Parse("[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]")];
        foreach (var field in fields)
        {
            for (var i = 0; i < wrong.Length; i++)
            {
                var body = new JsonObject { ["type"] = "message", [field] = wrong[i]?.DeepClone() };
                yield return new($"{field} as {wrong[i]?.GetValueKind().ToString() ?? "null"} #{i}", Utf8(body.ToJsonString()), Json);
            }
        }
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
