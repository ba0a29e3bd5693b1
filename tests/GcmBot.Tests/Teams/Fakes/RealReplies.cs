using GcmBot.Answers;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Routing;
using GcmBot.Tests.Answers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>Replies from the real router over the repository's corpus, as any surface would get them.</summary>
internal static class RealReplies
{
    private static readonly Lazy<CommandRouter> Router = new(Build);

    public static async Task<Reply> RouteAsync(string text) =>
        (await Router.Value.RouteAsync(new ChatRequest(text, new ChatContext(Surface.Teams, "conv", "user")), CancellationToken.None)).Reply;

    private static CommandRouter Build()
    {
        var services = new ServiceCollection();

        // Lexical answers, as the integration tests' hosts have them: the semantic layer is a separate test's business.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Answers:Semantic"] = "false" })
            .Build());
        services.AddSingleton(AnswersHost.Services.GetRequiredService<GcmBot.Core.Corpus.GcmCorpus>());
        services.AddSingleton(AnswersHost.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GcmBot.Corpus.CorpusOptions>>());
        services.AddAnswers();
        services.AddCoreCommands();
        services.AddSingleton<CommandRouter>();
        return services.BuildServiceProvider().GetRequiredService<CommandRouter>();
    }
}
