using GcmBot.Core.Corpus;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>The 23 objectives with their Migration Network Hub short names and GCM titles.</summary>
internal sealed class FakeCatalog : IObjectiveCatalog
{
    private static readonly (string Short, string Title)[] Data =
    [
        ("Data", "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies"),
        ("Minimize adverse drivers", "Minimize the adverse drivers and structural factors that compel people to leave their country of origin"),
        ("Information provision", "Provide accurate and timely information at all stages of migration"),
        ("Legal identity and documentation", "Ensure that all migrants have proof of legal identity and adequate documentation"),
        ("Regular pathways", "Enhance availability and flexibility of pathways for regular migration"),
        ("Recruitment and decent work", "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work"),
        ("Reduce vulnerabilities", "Address and reduce vulnerabilities in migration"),
        ("Save lives", "Save lives and establish coordinated international efforts on missing migrants"),
        ("Counter smuggling", "Strengthen the transnational response to smuggling of migrants"),
        ("Eradicate trafficking", "Prevent, combat and eradicate trafficking in persons in the context of international migration"),
        ("Manage borders", "Manage borders in an integrated, secure and coordinated manner"),
        ("Screening and referral", "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral"),
        ("Alternatives to detention", "Use migration detention only as a measure of last resort and work towards alternatives"),
        ("Consular protection", "Enhance consular protection, assistance and cooperation throughout the migration cycle"),
        ("Access to basic services", "Provide access to basic services for migrants"),
        ("Inclusion and social cohesion", "Empower migrants and societies to realize full inclusion and social cohesion"),
        ("Eliminate discrimination", "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration"),
        ("Skills development and recognition", "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences"),
        ("Migrant and diaspora contributions", "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries"),
        ("Remittances", "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants"),
        ("Dignified return and reintegration", "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration"),
        ("Social protection", "Establish mechanisms for the portability of social security entitlements and earned benefits"),
        ("International cooperation", "Strengthen international cooperation and global partnerships for safe, orderly and regular migration"),
    ];

    public IReadOnlyList<ObjectiveSummary> Objectives { get; } =
        Data.Select((d, i) => new ObjectiveSummary(i + 1, d.Short, d.Title)).ToList();
}
