namespace GcmBot.Core.Corpus.Model;

/// <summary>The manifest ids of the logical documents.</summary>
public static class DocumentIds
{
    public const string Objectives = "gcm-objectives";
    public const string ProgressDeclaration = "progress-declaration";
    public const string DelegationReport = "delegation-report";
    public const string InvitationLetter = "invitation-letter";
    public const string ZeroDraft = "zero-draft";
    public const string NewYorkDeclaration = "new-york-declaration";
    public const string SecretaryGeneralReport = "sg-report";
    public const string KenyaPosition = "kenya-position";
    public const string AssemblyNotice = "assembly-notice";
    public const string Icmpd = "icmpd-input";
}
