using System.Text;
using GcmBot.Teams.Connector;

namespace GcmBot.Tests.Teams.Connector;

/// <summary>
/// Reading the Connector's success answer, {"id": "…"} (the Bot Framework REST reference's ResourceResponse), from its
/// bytes. Expected ids are the ones written in each body; anything that is not that shape gives no id.
/// </summary>
public sealed class ConnectorErrorsTests
{
    [Theory]
    [InlineData("""{"id":"1:reply-7"}""", "1:reply-7")]
    [InlineData(""" { "other": {"id": "inner"}, "id" : "outer" } """, "outer")]
    [InlineData("""{"id":"a\u002Db"}""", "a-b")]
    [InlineData("""{"list":[{"id":"x"}],"id":"y"}""", "y")]
    [InlineData("""{"id":"first","id":"last"}""", "last")]
    public void ReadId_ResourceResponse_GivesTheTopLevelId(string body, string expected) =>
        Assert.Equal(expected, ConnectorErrors.ReadId(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("""{"id":5}""")]
    [InlineData("""{"id":null}""")]
    [InlineData("""{"nested":{"id":"inner"}}""")]
    [InlineData("""["id","x"]""")]
    [InlineData("\"id\"")]
    [InlineData("{\"id\":\"x\"")]
    [InlineData("""{"id":"x"} trailing""")]
    [InlineData("""{"id":"x"}{"id":"y"}""")]
    public void ReadId_NotAResourceResponse_GivesNoId(string body) =>
        Assert.Null(ConnectorErrors.ReadId(Encoding.UTF8.GetBytes(body)));
}
