using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GcmBot.Hosting;

/// <summary>
/// Reads a JSON string whatever UTF-16 it escapes. <see cref="JsonElement.GetString"/> throws on a lone
/// surrogate ("\ud800"), which JSON allows; here each lone surrogate becomes U+FFFD, the Unicode
/// replacement character, so user text never reaches an exception handler.
/// </summary>
public static class JsonStrings
{
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException) when (element.ValueKind == JsonValueKind.String)
        {
            return ReplaceLoneSurrogates(Unescape(element.GetRawText()));
        }
    }

    public static string ReplaceLoneSurrogates(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(text, i++, 2);
            }
            else
            {
                result.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return result.ToString();
    }

    // The parser has already checked the escapes, so each is well formed; the quotes are left off.
    private static string Unescape(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\')
            {
                text.Append(raw[i]);
                continue;
            }

            var escape = raw[++i];
            if (escape == 'u')
            {
                text.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }

            text.Append(escape switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escape });
        }

        return text.ToString();
    }
}
