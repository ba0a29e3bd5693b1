using GcmBot.Core.Replies;
using GcmBot.Replies;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace GcmBot.LocalChat;

/// <summary>
/// The chat endpoint's reply as JSON, exactly as TypedResults.Ok would write it with the app's JSON options, kept per
/// reply object: an objective's reply is the same object each time, so its JSON is serialized once and then copied
/// from memory into the response.
/// </summary>
internal sealed class ReplyJson(IOptions<HttpJsonOptions> options)
{
    private readonly RenderedReplies<Reply, byte[]> _json = RenderedReplies.Json<Reply>(options.Value.SerializerOptions);

    public byte[] Of(Reply reply) => _json.Of(reply);

    public IResult Ok(Reply reply) => new Result(_json.Of(reply));

    private sealed class Result(byte[] json) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = json.Length;
            await response.BodyWriter.WriteAsync(json, httpContext.RequestAborted);
        }
    }
}
