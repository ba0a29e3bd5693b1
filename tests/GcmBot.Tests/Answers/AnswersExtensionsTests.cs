using GcmBot.Answers;
using GcmBot.Core.Answers;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Routing;
using GcmBot.Core.Search;
using GcmBot.Core.Semantic;
using GcmBot.Corpus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Answers;

public sealed class AnswersExtensionsTests
{
    [Fact]
    public void AddAnswers_RegistersOneEngineOverOneIndex()
    {
        var services = AnswersHost.Services;

        Assert.Same(services.GetRequiredService<AnswerEngine>(), services.GetRequiredService<AnswerEngine>());
        Assert.Same(services.GetRequiredService<PassageIndex>(), services.GetRequiredService<PassageIndex>());
        Assert.Equal(services.GetRequiredService<GcmCorpus>().Passages.Count, services.GetRequiredService<PassageIndex>().Passages.Count);
    }

    [Fact]
    public void AddAnswers_RegistersAskWhereAndObjectiveCrossReferences()
    {
        var services = AnswersHost.Services;

        var names = services.GetServices<ICommandHandler>().SelectMany(h => h.Names).ToList();
        Assert.Contains("ask", names);
        Assert.Contains("where", names);
        Assert.IsType<CrossReferenceBlocks>(services.GetRequiredService<IObjectiveCrossReferences>());
    }

    [Fact]
    public void AddAnswers_MissingLexicon_FailsNamingTheFile()
    {
        var copy = Directory.CreateTempSubdirectory("gcmbot-answers-");
        try
        {
            foreach (var file in Directory.GetFiles(AnswersHost.CorpusDirectory))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }

            File.Delete(Path.Combine(copy.FullName, TopicLexicon.FileName));
            var services = new ServiceCollection();
            services.AddSingleton(Options.Create(new CorpusOptions { Directory = copy.FullName }));
            services.AddAnswers();
            using var provider = services.BuildServiceProvider();

            var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<TopicLexicon>());

            Assert.Contains($"corpus/{TopicLexicon.FileName}", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddAnswers_MissingPassageVectors_FailsNamingTheFileOnlyWhenSemanticIsOn(bool semantic)
    {
        var copy = Directory.CreateTempSubdirectory("gcmbot-vectors-");
        try
        {
            foreach (var file in Directory.GetFiles(AnswersHost.CorpusDirectory).Where(f => Path.GetFileName(f) != PassageVectors.FileName))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }

            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection([new("Answers:Semantic", semantic ? "true" : "false")]).Build());
            services.AddSingleton(Options.Create(new CorpusOptions { Directory = copy.FullName }));
            services.AddSingleton(_ => CorpusLoader.Load(copy.FullName));
            services.AddAnswers();
            using var provider = services.BuildServiceProvider();

            if (semantic)
            {
                var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<AnswerEngine>());
                Assert.Contains(PassageVectors.FileName, error.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(20, provider.GetRequiredService<AnswerEngine>().Ask("remittances").RankedObjectives[0]);
            }
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void AddAnswers_AlteredPassageVectors_FailsNamingTheFileAndTheCommand()
    {
        var copy = Directory.CreateTempSubdirectory("gcmbot-vectors-");
        try
        {
            foreach (var file in Directory.GetFiles(AnswersHost.CorpusDirectory))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }

            using (var vectors = File.OpenWrite(Path.Combine(copy.FullName, PassageVectors.FileName)))
            {
                vectors.Seek(-1, SeekOrigin.End);
                vectors.WriteByte(0x7f);
            }

            var error = Assert.ThrowsAny<Exception>(() => PassageVectors.Load(CorpusDirectory.Open(copy.FullName), CorpusLoader.Load(copy.FullName).Passages));

            Assert.Contains(PassageVectors.FileName, error.Message, StringComparison.Ordinal);
            Assert.Contains("-- vectors", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }
}
