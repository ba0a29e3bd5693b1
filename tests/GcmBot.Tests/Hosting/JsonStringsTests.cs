using System.Text.Json;
using GcmBot.Hosting;

namespace GcmBot.Tests.Hosting;

public sealed class JsonStringsTests
{
    // JSON may escape any UTF-16 code unit, paired or not; GetString() throws on a lone one.
    [Theory]
    [InlineData("\"\\ud800 remittances\"", "\uFFFD remittances")]
    [InlineData("\"remittances \\udc00\"", "remittances \uFFFD")]
    [InlineData("\"\\udc00\\ud800\"", "\uFFFD\uFFFD")]
    [InlineData("\"\\ud83c\\udf0d \\ud800 \\\"q\\\" \\\\ \\n\\t\\/\"", "\U0001F30D \uFFFD \"q\" \\ \n\t/")]
    [InlineData("\"plain text\"", "plain text")]
    public void Read_AnyEscapedString_TextWithLoneSurrogatesReplaced(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, JsonStrings.Read(document.RootElement));
    }
}
