using Microsoft.IdentityModel.Protocols;

namespace GcmBot.Teams.Auth;

/// <summary>
/// Passes IdentityModel's retrievals through and lets a caller await the next one to finish. After RequestRefresh,
/// ConfigurationManager refreshes in the background and keeps serving the old documents until it is done; this is
/// how we wait for the new ones without polling or sleeping.
/// </summary>
internal sealed class SignallingRetriever<T>(IConfigurationRetriever<T> inner) : IConfigurationRetriever<T>
    where T : class
{
    private readonly Lock gate = new();
    private TaskCompletionSource<T>? next;

    /// <summary>Completes with the documents of the next retrieval to finish, or with its failure.</summary>
    public Task<T> NextAsync()
    {
        lock (gate)
        {
            next ??= new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            return next.Task;
        }
    }

    public async Task<T> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        try
        {
            var configuration = await inner.GetConfigurationAsync(address, retriever, cancel);
            Take()?.TrySetResult(configuration);
            return configuration;
        }
        catch (Exception ex)
        {
            Take()?.TrySetException(ex);
            throw;
        }
    }

    private TaskCompletionSource<T>? Take()
    {
        lock (gate)
        {
            var waiting = next;
            next = null;
            return waiting;
        }
    }
}
