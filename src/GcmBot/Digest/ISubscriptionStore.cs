namespace GcmBot.Digest;

/// <summary>Digest subscriptions, one per (surface, conversation).</summary>
internal interface ISubscriptionStore
{
    /// <summary>Creates or changes the subscription; changing it also resumes a paused one.</summary>
    Task<DigestSubscription> SaveAsync(
        string surface, string conversationId, TimeOnly localTime, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string surface, string conversationId, CancellationToken cancellationToken);

    Task<DigestSubscription?> FindAsync(string surface, string conversationId, CancellationToken cancellationToken);

    /// <summary>The subscriptions that are not paused, oldest first.</summary>
    Task<IReadOnlyList<DigestSubscription>> ActiveAsync(CancellationToken cancellationToken);
}
