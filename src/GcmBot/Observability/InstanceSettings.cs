namespace GcmBot.Observability;

/// <summary>The "Instance" section: which replica this process is, for telemetry and logs.</summary>
public sealed class InstanceSettings
{
    public const string SectionName = "Instance";

    /// <summary>The replica's name; empty means the host name (a container's id under Docker, which differs per replica).</summary>
    public string Name { get; set; } = "";

    public string ResolvedName => Name.Length > 0 ? Name : Environment.MachineName;
}
