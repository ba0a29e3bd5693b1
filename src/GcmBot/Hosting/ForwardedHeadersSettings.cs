using System.ComponentModel.DataAnnotations;

namespace GcmBot.Hosting;

/// <summary>
/// The "ForwardedHeaders" section: trust X-Forwarded-For/-Proto only from the named reverse proxies. Off by
/// default, so a proxy's loopback connection is never mistaken for a local caller's and no client can
/// choose its own address by sending the header.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies whose headers count, e.g. "127.0.0.1" for nginx on the same host.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR form, e.g. "172.18.0.0/16" for a Docker network.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add an address (the last ones are trusted first).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;
}
