using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// The HTTP answer to an interaction, and the work to do once Discord has it (follow-up messages,
/// or the real answer after a defer). <see cref="AfterResponse"/> must not start before the response is sent.
/// </summary>
internal sealed record InteractionReply(InteractionResponse Response, Func<CancellationToken, Task>? AfterResponse = null);
