using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Tests.Corpus.Manifest;

/// <summary>
/// The manifest's line markers cut the combined Kenya file into the documents it holds: each
/// slice must start and end with that document's own first and last lines, as read in the file.
/// </summary>
public sealed class DocumentBoundariesTests
{
    [Theory]
    [InlineData(DocumentIds.DelegationReport, "Approved for tabling.", "5. Kenya's National Position on the Global Compact for Migration.")]
    [InlineData(DocumentIds.InvitationLetter, "Inter-Parliamentary Union", "President of the 72nd General Assembly")]
    [InlineData(DocumentIds.ZeroDraft, "Global Compact", "46. Recognizing the important contributions of State-led initiatives on international migration,")]
    [InlineData(DocumentIds.NewYorkDeclaration, "General Assembly", "15. Civil society, the private sector, diaspora communities and migrant organizations would be invited")]
    [InlineData(DocumentIds.SecretaryGeneralReport, "Seventy-second session", "88. Yet this is not solely a matter of States, but of peoples.")]
    [InlineData(DocumentIds.KenyaPosition, "REPUBLIC OF KENYA", "- ❖ Provide necessary funding to promote research in our continent on the skills required and how to get them.")]
    [InlineData(DocumentIds.AssemblyNotice, "REPUBLIC OF KENYA", "(THE HON JUDE NJOMO, MP, LEADER OF THE DELEGATION)")]
    public void Lines_OfEachDocument_RunFromItsFirstToItsLastLine(string documentId, string first, string lastStart)
    {
        var text = TestCorpus.Files.Lines(documentId).Select(l => l.Trim()).Where(l => l.Length > 0 && l != "-").ToList();
        Assert.Equal(first, text[0]);
        Assert.StartsWith(lastStart, text[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_KenyaPosition_IsTheNationalPositionNotTheAssemblyNotice()
    {
        var lines = TestCorpus.Files.Lines(DocumentIds.KenyaPosition);
        Assert.Contains(lines, l => l == "NATIONAL POSITION");
        Assert.DoesNotContain(lines, l => l.StartsWith("PAPERS LAID", StringComparison.Ordinal));
    }
}
