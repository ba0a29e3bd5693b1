using GcmBot.Core.Answers;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Handlers;
using GcmBot.Core.Routing;
using GcmBot.Core.Search;
using GcmBot.Core.Semantic;
using GcmBot.Corpus;
using GcmBot.Hosting;
using GcmBot.Hosting.Memory;
using GcmBot.Hosting.Startup;
using Microsoft.Extensions.Options;

namespace GcmBot.Answers;

public static class AnswersExtensions
{
    /// <summary>
    /// The start-up step that builds the index (once the corpus step has loaded the corpus) and the answer engine
    /// (once the lexicon step, which needs only the corpus folder, has read the lexicon and crosswalk beside it): the
    /// first question does not wait, and a bad lexicon stops the app. Its name is the readiness check's.
    /// </summary>
    public const string StartupStepName = "index";

    /// <summary>
    /// Free-text answers: the in-memory index, the topic lexicon and crosswalk (from the corpus
    /// folder), the answer engine, the "ask" and "where" commands and the objective command's
    /// cross-references. Needs the <see cref="GcmCorpus"/> singleton (AddCorpus). With Answers:Semantic
    /// (default true) the passages' and the decline gate's anchors' stored vectors are loaded at start and the MiniLM model in the background.
    /// </summary>
    public static IHostApplicationBuilder AddAnswers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAnswers();
        return builder;
    }

    public static IServiceCollection AddAnswers(this IServiceCollection services)
    {
        services.AddCorpusDirectory();
        // From the head start (Program.cs) when it began exactly these (see CorpusHeadStart), else built here.
        services.AddSingleton(sp => sp.GetService<CorpusHeadStart>() is { } head
            ? head.LoadLexicon(sp.GetRequiredService<CorpusDirectory>())
            : TopicLexicon.Load(sp.GetRequiredService<CorpusDirectory>()));
        services.AddSingleton(sp => sp.GetService<CorpusHeadStart>() is { } head
            ? head.LoadCrosswalk(sp.GetRequiredService<CorpusDirectory>())
            : Crosswalk.Load(sp.GetRequiredService<CorpusDirectory>()));
        services.AddSingleton(sp => sp.GetService<CorpusHeadStart>() is { } head
            ? head.BuildIndex(sp.GetRequiredService<GcmCorpus>())
            : AnswerIndex.Build(sp.GetRequiredService<GcmCorpus>()));
        services.AddOptions<AnswersOptions>().BindConfiguration(AnswersOptions.SectionName).ValidateOnStart();
        services.AddSingleton(_ => new QueryVectorCache());
        services.AddSingleton<ITextEmbedder, MiniLmEmbedder>();
        services.AddSingleton(sp => new SemanticSearch(
            PassageVectors.Load(sp.GetRequiredService<CorpusDirectory>(), sp.GetRequiredService<GcmCorpus>().Passages),
            AnchorVectors.Load(
                sp.GetRequiredService<CorpusDirectory>(),
                GateBackground.Load(sp.GetRequiredService<CorpusDirectory>()),
                GateBackground.Wordings(sp.GetRequiredService<TopicLexicon>())),
            sp.GetRequiredService<ITextEmbedder>()));
        services.AddSingleton(sp => new AnswerEngine(
            sp.GetRequiredService<GcmCorpus>(),
            sp.GetRequiredService<PassageIndex>(),
            sp.GetRequiredService<TopicLexicon>(),
            sp.GetRequiredService<Crosswalk>(),
            sp.GetRequiredService<IOptions<AnswersOptions>>().Value.Semantic ? sp.GetRequiredService<SemanticSearch>() : null));
        services.AddSingleton<IObjectiveCrossReferences, CrossReferenceBlocks>();
        services.AddSingleton<ICommandHandler, AskCommandHandler>();
        services.AddSingleton<ICommandHandler, WhereCommandHandler>();
        services.AddStartupStep(new StartupStep(
            "lexicon",
            sp =>
            {
                _ = sp.GetRequiredService<TopicLexicon>();
                _ = sp.GetRequiredService<Crosswalk>();
            }));
        services.AddStartupStep(new StartupStep(
            StartupStepName,
            sp => sp.GetRequiredService<AnswerEngine>(),
            sp => $"{sp.GetRequiredService<PassageIndex>().Passages.Count} passages indexed"));
        services.AddSingleton(SemanticModelLoader.Model.MiniLm);
        services.AddSingleton<SemanticModelState>();
        services.AddSingleton<IHeapSettling>(sp => sp.GetRequiredService<SemanticModelState>());
        services.AddHostedService<SemanticModelLoader>();
        services.AddHealthChecks().AddCheck<SemanticHealthCheck>("semantic", tags: [HealthExtensions.ReadyTag]);
        return services;
    }
}
