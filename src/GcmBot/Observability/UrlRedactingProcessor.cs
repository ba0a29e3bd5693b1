using System.Diagnostics;
using OpenTelemetry;

namespace GcmBot.Observability;

/// <summary>
/// Outgoing calls carry secrets in their paths: Discord's follow-up URLs hold the interaction token
/// (/webhooks/{application}/{token}) and the Teams Connector's hold conversation ids. Before a span leaves
/// the process, every path segment that is not a short word or a number is replaced, and the query dropped.
/// </summary>
internal sealed class UrlRedactingProcessor : BaseProcessor<Activity>
{
    private const string UrlTag = "url.full";

    public override void OnEnd(Activity data)
    {
        if (data.GetTagItem(UrlTag) is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            data.SetTag(UrlTag, Redact(uri));
        }
    }

    internal static string Redact(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/').Select(s => IsPlain(s) ? s : "{redacted}");
        return $"{uri.Scheme}://{uri.Authority}{string.Join('/', segments)}";
    }

    // Route words ("api", "v10", "messages", "@original") and snowflake ids stay; tokens and encoded ids do not.
    private static bool IsPlain(string segment) =>
        segment.Length <= 24 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@');
}
