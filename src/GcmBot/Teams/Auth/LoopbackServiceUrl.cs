namespace GcmBot.Teams.Auth;

/// <summary>
/// The only serviceUrls Emulator mode replies to: plain http on "localhost" or "127.0.0.1", written out
/// exactly so. The text is checked before any URL parser sees it, because parsers rewrite "127.1",
/// "2130706433" or "0x7f.1" into 127.0.0.1 and accept user info ("http://localhost@elsewhere/").
/// </summary>
internal static class LoopbackServiceUrl
{
    private static readonly string[] Prefixes = ["http://localhost", "http://127.0.0.1"];

    public static bool IsAllowed(string? serviceUrl)
    {
        if (serviceUrl is null || serviceUrl.Any(c => c <= ' ' || c == '\\' || c > '~'))
        {
            return false;
        }

        foreach (var prefix in Prefixes)
        {
            if (serviceUrl.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && IsHostEnd(serviceUrl.AsSpan(prefix.Length)))
            {
                return Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
                    && uri.Scheme == Uri.UriSchemeHttp
                    && uri.UserInfo.Length == 0
                    && (uri.Host == "localhost" || uri.Host == "127.0.0.1");
            }
        }

        return false;
    }

    // After the host: the end, a port of digits, or the path. Anything else ('.', '@', letters) is another host.
    private static bool IsHostEnd(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] == '/')
        {
            return true;
        }

        if (rest[0] != ':')
        {
            return false;
        }

        var port = rest[1..];
        var end = port.IndexOf('/');
        var digits = end < 0 ? port : port[..end];
        return digits.Length is > 0 and <= 5 && digits.ToString().All(char.IsAsciiDigit) && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 65535;
    }
}
