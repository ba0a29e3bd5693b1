using GcmBot.Core.Replies;

namespace GcmBot.Core.Answers.CrossReferencing;

/// <summary>
/// Where an objective's topic appears in the Progress Declaration and Kenya's position, as reply
/// blocks (headings and cited quotes) placed after the objective's actions.
/// </summary>
public interface IObjectiveCrossReferences
{
    IReadOnlyList<ReplyBlock> For(int objective);
}
