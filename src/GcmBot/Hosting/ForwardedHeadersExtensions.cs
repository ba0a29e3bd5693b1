using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace GcmBot.Hosting;

/// <summary>ASP.NET Core's ForwardedHeaders middleware, driven by <see cref="ForwardedHeadersSettings"/>.</summary>
public static class ForwardedHeadersExtensions
{
    public static WebApplicationBuilder AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersSettings>()
            .BindConfiguration(ForwardedHeadersSettings.SectionName)
            .ValidateDataAnnotations()
            .Validate(s => !s.Enabled || s.KnownProxies.Count + s.KnownNetworks.Count > 0,
                "ForwardedHeaders:Enabled is true but neither ForwardedHeaders:KnownProxies nor ForwardedHeaders:KnownNetworks names a proxy.")
            .Validate(s => s.KnownProxies.All(p => IPAddress.TryParse(p, out _)),
                "ForwardedHeaders:KnownProxies must hold IP addresses, e.g. 127.0.0.1.")
            .Validate(s => s.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                "ForwardedHeaders:KnownNetworks must hold networks in CIDR form, e.g. 172.18.0.0/16.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            // Replace the defaults (loopback trusted): only what the settings name counts.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.Value.ForwardLimit;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>
    /// First in the pipeline, so every later step sees the client's address; nothing when off. Reads the
    /// switch from configuration: the settings themselves are validated at start, naming what is wrong.
    /// </summary>
    public static WebApplication UseConfiguredForwardedHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{ForwardedHeadersSettings.SectionName}:{nameof(ForwardedHeadersSettings.Enabled)}"))
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
