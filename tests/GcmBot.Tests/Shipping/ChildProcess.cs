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
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _watches = [];

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

    /// <summary>The process id (of dotnet itself when the app runs as "dotnet GcmBot.dll").</summary>
    public int Id => _process.Id;

    /// <summary>CPU time the process has used so far, all its threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

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
    /// The first line the process writes that matches (including lines already written); fails at once
    /// if the process exits first, or after <paramref name="limit"/>, naming <paramref name="what"/> and showing the output.
    /// </summary>
    public async Task<string> WaitForLineAsync(string what, Func<string, bool> match, TimeSpan limit)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(match) is { } written)
            {
                return written;
            }

            _watches.Add((match, found));
        }

        try
        {
            await Task.WhenAny(found.Task, _exited).WaitAsync(limit);
            if (found.Task.IsCompleted)
            {
                return await found.Task;
            }
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}:\n{Describe()}");
        }

        throw new InvalidOperationException($"The process exited before {what}:\n{Describe()}");
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
            foreach (var watch in _watches.Where(w => w.Match(line)))
            {
                watch.Found.TrySetResult(line);
            }
        }
    }
}
