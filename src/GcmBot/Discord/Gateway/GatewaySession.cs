namespace GcmBot.Discord.Gateway;

/// <summary>What a resume needs (session id, resume URL, last sequence number) and the bot's own user id.</summary>
internal sealed class GatewaySession
{
    private int _sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    public string? BotUserId { get; private set; }

    /// <summary>The last sequence number received, or null before the first dispatch.</summary>
    public int? Sequence
    {
        get
        {
            var s = Volatile.Read(ref _sequence);
            return s < 0 ? null : s;
        }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Saw(int? sequence)
    {
        if (sequence is { } s)
        {
            Volatile.Write(ref _sequence, s);
        }
    }

    public void Ready(string sessionId, string resumeUrl, string botUserId)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        BotUserId = botUserId;
    }

    /// <summary>Forgets the session so the next connection identifies afresh (the bot's id stays known).</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Volatile.Write(ref _sequence, -1);
    }
}
