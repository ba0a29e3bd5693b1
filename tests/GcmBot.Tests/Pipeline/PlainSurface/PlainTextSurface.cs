using GcmBot.Cli;
using GcmBot.Core.Routing;
using GcmBot.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Pipeline.PlainSurface;

/// <summary>
/// A fourth chat surface, to show what adding one takes (README, "How to add a surface"): plain text over HTTP.
/// POST /plain with the message as the body and the sender in X-User; the reply comes back as plain text.
/// It only converts its payload to a <see cref="ChatRequest"/> and renders the reply: the pipeline does the rest.
/// </summary>
internal sealed class PlainTextSurface : IStartupFilter
{
    public static readonly Surface Surface = new("plain");

    private const int MaxBodyBytes = 16 * 1024;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/plain", branch => branch.Run(AnswerAsync));
        next(app);
    };

    private static async Task AnswerAsync(HttpContext http)
    {
        var body = await GcmBot.Hosting.BoundedBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var user = http.Request.Headers["X-User"].ToString();
        var context = new ChatContext(Surface, "plain/" + user, user, CanManageSubscriptions: false);
        var request = new ChatRequest(System.Text.Encoding.UTF8.GetString(body), context);
        var turn = await http.RequestServices.GetRequiredService<ChatPipeline>().AnswerAsync(request, http.RequestAborted);

        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(PlainTextRenderer.Render(turn.Reply), http.RequestAborted);
    }
}
