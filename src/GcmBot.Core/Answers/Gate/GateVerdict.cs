namespace GcmBot.Core.Answers.Gate;

/// <summary>What the decline gate decided about a free-text question.</summary>
public enum GateVerdict
{
    /// <summary>About the documents: quoted passages follow.</summary>
    Answered,

    /// <summary>Not about the documents: one short "not in the documents" reply, nothing else.</summary>
    Declined,

    /// <summary>Close but weak: no quotes, the closest objectives offered under that label.</summary>
    Weak,
}
