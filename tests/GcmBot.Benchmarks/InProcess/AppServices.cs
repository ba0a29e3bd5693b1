using GcmBot.Answers;
using GcmBot.Core.Answers;
using GcmBot.Core.Corpus;
using GcmBot.Core.Routing;
using GcmBot.Core.Search;
using GcmBot.Corpus;
using GcmBot.Discord.Rendering;
using GcmBot.Routing;
using GcmBot.Teams;
using GcmBot.Teams.Cards;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// The app's own composition of corpus, answers and router (the same AddXxx calls as Program.cs),
/// plus the Discord and Teams renderers, resolved in this process without a web server.
/// The optional <c>configure</c> may change settings or replace a service before the host is built.
/// </summary>
internal sealed class AppServices : IDisposable
{
    private readonly IHost _host;

    public AppServices(Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new(CorpusOptions.SectionName + ":Directory", BenchmarkCorpus.Directory)]);
        builder.AddCorpus();
        builder.AddAnswers();
        builder.AddCommandRouter();
        configure?.Invoke(builder);
        _host = builder.Build();
        Router = Get<ICommandRouter>();
        Corpus = Get<GcmCorpus>();
        Index = Get<PassageIndex>();
        Engine = Get<AnswerEngine>();
    }

    public ICommandRouter Router { get; }

    public GcmCorpus Corpus { get; }

    public PassageIndex Index { get; }

    public AnswerEngine Engine { get; }

    public ReplyRenderer Discord { get; } = new();

    public AdaptiveCardRenderer Teams { get; } = new(Options.Create(new TeamsOptions()));

    public void Dispose() => _host.Dispose();

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();
}
