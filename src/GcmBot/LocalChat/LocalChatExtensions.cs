using GcmBot.Pipeline;
using System.Text.Json.Serialization;

namespace GcmBot.LocalChat;

public static class LocalChatExtensions
{
    /// <summary>
    /// The credential-free way to use GcmBot: a web chat page, on by default unless a Discord or
    /// Teams app is configured (then set LocalChat:Enabled to keep it).
    /// </summary>
    public static WebApplicationBuilder AddLocalChat(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => Decide(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddChatPipeline();
        builder.Services.AddSingleton<ReplyJson>();
        builder.Services.AddHostedService<LocalChatAnnouncer>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    private static LocalChatSwitch Decide(IConfiguration configuration)
    {
        var options = configuration.GetSection(LocalChatOptions.SectionName).Get<LocalChatOptions>() ?? new LocalChatOptions();
        var platformConfigured =
            !string.IsNullOrWhiteSpace(configuration["Discord:ApplicationId"]) ||
            !string.IsNullOrWhiteSpace(configuration["Teams:AppId"]);
        return new LocalChatSwitch(options.Enabled ?? !platformConfigured);
    }
}
