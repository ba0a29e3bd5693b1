using GcmBot.Core.Corpus;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// Every <see cref="HostileText"/> input routed once through the real app's router (real corpus and
/// index), from each surface in turn; the tests then check the replies and their renderings.
/// </summary>
public sealed class HostileReplies : IAsyncLifetime
{
    private static readonly ChatContext[] Contexts =
    [
        new(Surface.Local, "local-web", "local-user", CanManageSubscriptions: true),
        new(Surface.Discord, "200000000000000002", "400000000000000004", CanManageSubscriptions: true),
        new(Surface.Teams, "19:hardening@thread.tacv2", "aad-hardening", CanManageSubscriptions: true),
    ];

    private readonly HardeningState _state = new();
    private GcmBotFactory? _factory;

    internal IReadOnlyList<(string Input, Reply? Reply, Exception? Error)> Results { get; private set; } = [];

    internal GcmCorpus Corpus { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = new GcmBotFactory(_state.Settings());
        var router = _factory.Services.GetRequiredService<ICommandRouter>();
        Corpus = _factory.Services.GetRequiredService<GcmCorpus>();
        var results = new List<(string, Reply?, Exception?)>(HostileText.All.Count);
        for (var i = 0; i < HostileText.All.Count; i++)
        {
            var input = HostileText.All[i];
            try
            {
                results.Add((input, (await router.RouteAsync(new ChatRequest(input, Contexts[i % Contexts.Length]), CancellationToken.None)).Reply, null));
            }
            catch (Exception ex)
            {
                results.Add((input, null, ex));
            }
        }

        Results = results;
    }

    public Task DisposeAsync()
    {
        _factory?.Dispose();
        _state.Dispose();
        return Task.CompletedTask;
    }
}
