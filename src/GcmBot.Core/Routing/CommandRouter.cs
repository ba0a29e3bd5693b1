using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing;

/// <summary>
/// The one router every surface calls: cleans the text, finds the command by name (anything else is a
/// question for "ask"), runs it and returns the requested page of its reply. Never throws for bad input.
/// </summary>
public sealed class CommandRouter : ICommandRouter
{
    private const string TooLongCommand = "too_long";
    private const string UnknownCommand = "unknown";
    private const string ExpiredPage = "expired_page";

    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly PageTokens _pages;
    private readonly PagedReplies _paged;

    /// <param name="pages">Where page buttons' commands are remembered; by default a cache of this router's own on the system clock.</param>
    public CommandRouter(IEnumerable<ICommandHandler> handlers, PageTokens? pages = null)
    {
        _pages = pages ?? new PageTokens(TimeProvider.System);
        _paged = new PagedReplies(_pages);
        _handlers = new Dictionary<string, ICommandHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            foreach (var name in handler.Names)
            {
                _handlers[name] = handler;
            }
        }
    }

    public IReadOnlyCollection<string> CommandNames => _handlers.Keys;

    public async Task<RoutedReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Command is null && request.Text.Length > CommandLine.MaxLength * 4)
        {
            return new RoutedReply(TooLong(request.Text.Length), TooLongCommand);
        }

        if (request.Command is null && PageTokens.IsToken(request.Text))
        {
            return _pages.Find(request.Text) is { } remembered
                ? await RunAsync(remembered, request.Context, cancellationToken)
                : new RoutedReply(PageTokens.Expired, ExpiredPage);
        }

        var line = request.Command ?? CommandLine.Parse(request.Text);
        if (line.Name.Length == 0)
        {
            line = line with { Name = "help" };
        }

        if (line.Canonical.Length > CommandLine.MaxLength)
        {
            return new RoutedReply(TooLong(line.Canonical.Length), TooLongCommand);
        }

        if (_handlers.ContainsKey(line.Name))
        {
            return await RunAsync(line, request.Context, cancellationToken);
        }

        // "/foo" is a mistyped command; anything else typed without a slash is a question.
        return line.Slash
            ? new RoutedReply(HelpReplies.UnknownCommand(line.Name), UnknownCommand)
            : await RunAsync(new CommandLine("ask", line.Canonical, line.Page), request.Context, cancellationToken);
    }

    private async Task<RoutedReply> RunAsync(CommandLine line, ChatContext context, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(line.Name, out var handler))
        {
            return new RoutedReply(HelpReplies.UnknownCommand(line.Name), UnknownCommand);
        }

        // Page tokens name the handler by its first name, so aliases ("o 13", "objective 13") share their tokens.
        var resolved = line with { Name = handler.Names[0], Slash = false };
        var full = await handler.HandleAsync(line.Arguments, context, cancellationToken);
        return new RoutedReply(_paged.Page(full, resolved, line.Page), handler.Names[0]);
    }

    private static Reply TooLong(int length) =>
        Reply.Simple(
            ReplyKind.Error,
            "Message too long",
            $"That message is {length:N0} characters; GcmBot reads up to {CommandLine.MaxLength:N0}. Ask about one topic at a time, e.g. \"what does it say about remittances\".",
            new ReplyAction("Help", "help"));
}
