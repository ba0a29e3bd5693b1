using System.Text.Json;

namespace GcmBot.Teams.Connector;

/// <summary>Reads the Connector's response bodies: {"id": …} on success, {"error": {"code": …}} on failure.</summary>
internal static class ConnectorErrors
{
    /// <summary>
    /// The top-level "id" when the body is one JSON object and that id is a string (the last "id" when repeated, as a
    /// parsed document would give); null for anything else, malformed JSON included.
    /// </summary>
    public static string? ReadId(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? id = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    var isId = reader.ValueTextEquals("id"u8);
                    reader.Read();
                    if (isId)
                    {
                        id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }

                    reader.Skip();
                }
            }

            return id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The error code. Teams reports a blocked or uninstalled bot as MessageWritesBlocked, but where it
    /// puts that code (code, subCode, message) varies between reports, so any mention of it counts.
    /// </summary>
    public static string? ReadCode(string body)
    {
        if (body.Contains(ConnectorResult.WritesBlockedCode, StringComparison.OrdinalIgnoreCase))
        {
            return ConnectorResult.WritesBlockedCode;
        }

        return TryParse(body, out var root)
            && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
    }

    private static bool TryParse(string body, out JsonElement root)
    {
        root = default;
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
