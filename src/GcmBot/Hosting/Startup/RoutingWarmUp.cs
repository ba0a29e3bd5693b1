namespace GcmBot.Hosting.Startup;

/// <summary>
/// Builds the routing table once, on a thread of its own, while the host and the server start. Without it the first
/// request (the first /readyz probe) paid for it after the server began listening: the endpoints' request delegates
/// and the route matcher were built from cold code, on the path to ready. Each routing middleware keeps a table of its
/// own, so the app's is still built by its first request, but from warm code (types loaded, methods compiled).
/// </summary>
public static partial class RoutingWarmUp
{
    /// <summary>
    /// Call after the endpoints are mapped and before the host starts. Completes with the endpoint that GET /readyz
    /// matched (null if none, or if the warm-up failed, which is logged).
    /// </summary>
    public static Task<Endpoint?> BeginRoutingWarmUp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // A pipeline of routing alone over the app's endpoints. WebApplication.New() leaves out the property that makes
        // UseRouting route over the app's own endpoints (branches get their own); copying the app's properties back
        // restores it. RoutingWarmUpTests checks that /readyz is matched to the app's endpoint this way.
        var routing = ((IApplicationBuilder)app).New();
        foreach (var (key, value) in ((IApplicationBuilder)app).Properties)
        {
            routing.Properties.TryAdd(key, value);
        }

        routing.UseRouting();
        routing.Run(_ => Task.CompletedTask);
        var match = routing.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RoutingWarmUp).FullName!);
        return Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var context = new DefaultHttpContext { RequestServices = app.Services };
                    context.Request.Method = HttpMethods.Get;
                    context.Request.Path = "/readyz";
                    match(context).GetAwaiter().GetResult();
                    return context.GetEndpoint();
                }
                catch (Exception e)
                {
                    // Only time is lost: the first request builds the table itself (and meets the same error, if any).
                    WarmUpFailed(logger, e);
                    return null;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    [LoggerMessage(EventId = 7101, EventName = "RoutingWarmUpFailed", Level = LogLevel.Warning,
        Message = "The routing table could not be built ahead of the first request; the first request builds it")]
    private static partial void WarmUpFailed(ILogger logger, Exception exception);
}
