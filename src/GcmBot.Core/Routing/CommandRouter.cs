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

    private readonly Dictionary<string, ICommandHandler> _handlers;

    public CommandRouter(IEnumerable<ICommandHandler> handlers)
    {
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

    public async Task<Reply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Text.Length > CommandLine.MaxLength * 4)
        {
            return TooLong(request.Text.Length);
        }

        var line = CommandLine.Parse(request.Text);
        if (line.Name.Length == 0)
        {
            return await RunAsync("help", line with { Name = "help" }, request.Context, cancellationToken);
        }

        if (line.Canonical.Length > CommandLine.MaxLength)
        {
            return TooLong(line.Canonical.Length);
        }

        if (_handlers.ContainsKey(line.Name))
        {
            return await RunAsync(line.Name, line, request.Context, cancellationToken);
        }

        // "/foo" is a mistyped command; anything else typed without a slash is a question.
        return line.Slash
            ? HelpReplies.UnknownCommand(line.Name)
            : await RunAsync("ask", new CommandLine("ask", line.Canonical, line.Page), request.Context, cancellationToken);
    }

    /// <summary>
    /// The command <paramref name="text"/> runs, decided as <see cref="RouteAsync"/> decides it, for metrics:
    /// a handler's first name, "unknown" for a mistyped /command, "too_long" for text refused as too long.
    /// Never the user's text, so it is safe as a tag.
    /// </summary>
    public string CommandOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > CommandLine.MaxLength * 4)
        {
            return TooLongCommand;
        }

        var line = CommandLine.Parse(text);
        if (line.Name.Length == 0)
        {
            return NameOf("help");
        }

        if (line.Canonical.Length > CommandLine.MaxLength)
        {
            return TooLongCommand;
        }

        return _handlers.ContainsKey(line.Name) ? NameOf(line.Name) : line.Slash ? UnknownCommand : NameOf("ask");
    }

    private string NameOf(string name) => _handlers.TryGetValue(name, out var handler) ? handler.Names[0] : UnknownCommand;

    private async Task<Reply> RunAsync(string name, CommandLine line, ChatContext context, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(name, out var handler))
        {
            return HelpReplies.UnknownCommand(line.Name);
        }

        var full = await handler.HandleAsync(line.Arguments, context, cancellationToken);
        return ReplyPaginator.Page(full, line.Canonical, line.Page);
    }

    private static Reply TooLong(int length) =>
        Reply.Simple(
            ReplyKind.Error,
            "Message too long",
            $"That message is {length:N0} characters; GcmBot reads up to {CommandLine.MaxLength:N0}. Ask about one topic at a time, e.g. \"what does it say about remittances\".",
            new ReplyAction("Help", "help"));
}
