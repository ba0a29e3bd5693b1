using GcmBot.Core.Replies;
using GcmBot.Core.Routing.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>
/// Objective cross-references for tests of the real Program while the host does not register them yet;
/// added with TryAdd, so the real ones win once they are registered.
/// </summary>
internal sealed class NoCrossReferences : IObjectiveCrossReferences
{
    public IReadOnlyList<ReplyBlock> For(int objective) => [];

    public static void AddIfMissing(IServiceCollection services) =>
        services.TryAddSingleton<IObjectiveCrossReferences, NoCrossReferences>();
}
