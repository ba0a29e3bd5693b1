using GcmBot.Answers;
using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Semantic;
using GcmBot.Corpus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Answers;

/// <summary>The answer services as the host registers them, over the repository's corpus/ folder.</summary>
internal static class AnswersHost
{
    private static readonly Lazy<ServiceProvider> LazyServices = new(() => Build(semantic: false));
    private static readonly Lazy<ServiceProvider> LazySemanticServices = new(() => Build(semantic: true));

    public static IServiceProvider Services => LazyServices.Value;

    /// <summary>The engine with Answers:Semantic off (lexical only).</summary>
    public static AnswerEngine Engine => Services.GetRequiredService<AnswerEngine>();

    /// <summary>The engine with Answers:Semantic on and the model loaded (once per process): the decline gate applies.</summary>
    public static AnswerEngine SemanticEngine
    {
        get
        {
            MiniLmModel.Load();
            return LazySemanticServices.Value.GetRequiredService<AnswerEngine>();
        }
    }

    public static string CorpusDirectory { get; } = FindCorpus();

    private static ServiceProvider Build(bool semantic)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection([new(AnswersOptions.SectionName + ":Semantic", semantic ? "true" : "false")])
            .Build());
        services.AddSingleton(Options.Create(new CorpusOptions { Directory = CorpusDirectory }));
        services.AddSingleton(_ => CorpusLoader.Load(CorpusDirectory));
        services.AddAnswers();
        return services.BuildServiceProvider();
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "manifest.json")) && File.Exists(Path.Combine(candidate, TopicLexicon.FileName)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("corpus/ with the topic lexicon not found above " + AppContext.BaseDirectory);
    }
}
