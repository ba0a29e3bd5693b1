namespace GcmBot.Discord.Gateway;

/// <summary>The gateway client's waits; Discord's rules as defaults, shortened in tests.</summary>
internal sealed class GatewayTimings
{
    /// <summary>First reconnect wait after a failed connection; doubled per failure up to <see cref="ReconnectDelayMax"/>, with jitter.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectDelayMax { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Wait before a fresh IDENTIFY after INVALID_SESSION(false): random in [min, max].</summary>
    public TimeSpan InvalidSessionDelayMin { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionDelayMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>One IDENTIFY per 5 seconds (max_concurrency 1, one shard).</summary>
    public TimeSpan IdentifySpacing { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Discord disconnects a client that sends more than 120 frames in 60 seconds.</summary>
    public int SendLimit { get; init; } = 120;

    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Random in [0, 1): the first heartbeat comes after interval × jitter.</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>Exponential from <see cref="ReconnectDelay"/>, capped at <see cref="ReconnectDelayMax"/>, with jitter.</summary>
    public TimeSpan Backoff(int failures)
    {
        var ceiling = ReconnectDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        return Between(ReconnectDelay / 2, ceiling < ReconnectDelayMax ? ceiling : ReconnectDelayMax);
    }

    public TimeSpan Between(TimeSpan min, TimeSpan max) => min + (max - min) * Jitter();
}
