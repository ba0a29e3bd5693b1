using GcmBot.Answers;
using GcmBot.Corpus;
using GcmBot.Digest;
using GcmBot.Routing;

namespace GcmBot.Cli;

/// <summary>The core services (corpus, answers, router) without a web server, for command-line use.</summary>
internal static class CliHost
{
    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.AddCorpus();
        builder.AddAnswers();
        builder.AddCommandRouter();
        builder.AddDailyDigest();
        return builder.Build();
    }
}
