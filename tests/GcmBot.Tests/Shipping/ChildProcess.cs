using System.Diagnostics;
using System.Text;

namespace GcmBot.Tests.Shipping;

/// <summary>
/// A process a test started: keeps everything it wrote (stdout and stderr, in arrival order) so that a
/// failure can show it, and knows the moment it exits so that nobody waits on a process that is gone.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Task _exited;

    private ChildProcess(Process process, string commandLine)
    {
        _process = process;
        CommandLine = commandLine;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _exited = process.WaitForExitAsync();
    }

    public string CommandLine { get; }

    /// <summary>Completes when the process has exited and its output has been read to the end.</summary>
    public Task Exited => _exited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>"$ command" and the exit code (or "still running") and everything the process wrote, for a failure message.</summary>
    public string Describe() =>
        $"$ {CommandLine}\n[{(_exited.IsCompleted ? $"exited with code {_process.ExitCode}" : "still running")}]\n{Output}";

    public static ChildProcess Start(string file, string arguments, string directory, IDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        return new ChildProcess(process, $"{file} {arguments}");
    }

    /// <summary>Waits for the exit; past <paramref name="limit"/> the process is killed and the test fails with its output.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        try
        {
            await _exited.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            await KillAsync();
            throw new TimeoutException($"Still running after {limit.TotalSeconds:0} s, killed:\n{Describe()}");
        }

        return _process.ExitCode;
    }

    /// <summary>
    /// Polls <paramref name="probe"/> (which answers whether it is done and what it saw) until it is done;
    /// fails at once if the process exits, or after <paramref name="limit"/>, naming <paramref name="what"/>,
    /// the last thing seen and the process's output.
    /// </summary>
    public async Task WaitUntilAsync(string what, Func<CancellationToken, Task<(bool Done, string Seen)>> probe, TimeSpan limit)
    {
        using var deadline = new CancellationTokenSource(limit);
        var seen = "nothing yet";
        while (!_exited.IsCompleted)
        {
            try
            {
                (var done, seen) = await probe(deadline.Token);
                if (done)
                {
                    return;
                }

                // Poll again shortly, or stop at once when the process exits.
                await Task.WhenAny(_exited, Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token));
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; last seen: {seen}\n{Describe()}");
            }
        }

        await _exited;
        throw new InvalidOperationException($"The process exited while waiting for {what}; last seen: {seen}\n{Describe()}");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task KillAsync()
    {
        if (!_exited.IsCompleted)
        {
            _process.Kill(entireProcessTree: true);
            await _exited;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
