using GcmBot.Answers;
using GcmBot.Corpus;
using GcmBot.Routing;

namespace GcmBot.Cli;

/// <summary>The core services (corpus, answers, router) without a web server, for command-line use.</summary>
internal static class CliHost
{
    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        builder.Logging.ClearProviders();
        builder.AddCorpus();
        builder.AddAnswers();
        builder.AddCommandRouter();
        return builder.Build();
    }
}
