using System.Net;
using System.Text.Json;
using GcmBot.Tests.Discord.Fakes;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord;

/// <summary>With Discord:EnableGateway false there is no connection to wait for: ready on the interactions endpoint alone.</summary>
public sealed class DiscordHealthCheckGatewayOffTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    [Fact]
    public async Task Readyz_GatewayOff_200NamingTheInteractionsEndpoint()
    {
        using var response = await Host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "interactions endpoint /discord/interactions; gateway off (Discord:EnableGateway is false)",
            json.RootElement.GetProperty("checks").GetProperty("discord").GetProperty("description").GetString());
    }
}
