using GcmBot.Core.Routing;

namespace GcmBot.Core.Tests.Routing;

public sealed class ObjectiveReferenceTests
{
    [Theory]
    [InlineData("13", 13, null)]
    [InlineData("13h", 13, "h")]
    [InlineData("13 h", 13, "h")]
    [InlineData("13(h)", 13, "h")]
    [InlineData("13 (H)", 13, "h")]
    [InlineData("0", 0, null)]
    [InlineData("24", 24, null)]
    public void TryParse_ValidForms_GiveNumberAndLetter(string text, int number, string? letter)
    {
        Assert.True(ObjectiveReference.TryParse(text, out var reference));
        Assert.Equal(new ObjectiveReference(number, letter), reference);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("13hh")]
    [InlineData("13(h")]
    [InlineData("-1")]
    [InlineData("99999")]
    public void TryParse_OtherText_IsRejected(string text) =>
        Assert.False(ObjectiveReference.TryParse(text, out _));
}
