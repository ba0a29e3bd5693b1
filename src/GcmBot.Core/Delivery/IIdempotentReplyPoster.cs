using GcmBot.Core.Replies;

namespace GcmBot.Core.Delivery;

/// <summary>
/// A poster whose platform can refuse a second post under the same key (Discord: <c>nonce</c> with
/// <c>enforce_nonce</c>), so a post repeated after a crash, by this replica or another, is not duplicated.
/// </summary>
public interface IIdempotentReplyPoster : IReplyPoster
{
    /// <param name="idempotencyKey">Equal for every attempt at the same post (the digest: subscription and day).</param>
    Task<PostOutcome> PostAsync(string conversationId, Reply reply, string idempotencyKey, CancellationToken cancellationToken);
}
