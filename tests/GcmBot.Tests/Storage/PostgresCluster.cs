using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GcmBot.Tests.Storage;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (docs: postgres-in-tests.md): initdb into a temp folder,
/// a free port on 127.0.0.1, the socket in that folder. As root (CI) every pg_* command runs as the
/// postgres user, since initdb refuses root. Stopped and removed when the test process exits, pass or
/// fail. When PostgreSQL is missing or will not start, the tests that need it fail saying so; none skips.
/// </summary>
internal sealed class PostgresCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);

    private readonly string _bin;
    private readonly string _folder;

    private PostgresCluster(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string for <paramref name="database"/> as the superuser (trust on 127.0.0.1 only).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=30";

    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    private static async Task<PostgresCluster> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). The Postgres tests need it: run tests/run-all.sh, which installs Debian's postgresql, or apt-get install postgresql.");
        }

        RemoveAbandoned();
        var folder = Path.Combine(Path.GetTempPath(), $"gcmbot-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0x1FF); // 0777: the postgres user writes here when we are root
        }

        var cluster = new PostgresCluster(bin, folder, FreePort());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Remove();
        cluster.StartWatchdog();
        await cluster.RunAsync("initdb", "-D", cluster.Data, "-A", "trust", "-U", "postgres", "--no-sync");
        await cluster.RunAsync(
            "pg_ctl", "-D", cluster.Data, "-l", Path.Combine(folder, "pg.log"), "-w", "-t", "60", "start", "-o",
            $"-p {cluster.Port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        return cluster;
    }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>
    /// A shell in its own session that waits for this test process to end, however it ends (even SIGKILL,
    /// when no exit hook runs), then stops the cluster and removes the folder.
    /// </summary>
    private void StartWatchdog()
    {
        var runAs = Environment.UserName == "root" ? "runuser -u postgres -- " : string.Empty;
        var script = $"tail --pid={Environment.ProcessId} -f /dev/null; {runAs}'{Path.Combine(_bin, "pg_ctl")}' -D '{Data}' -m immediate -w stop; rm -rf '{_folder}'";
        // Started through a shell that exits at once, so the watchdog is no child of ours: a test host killed
        // with its process tree does not take the watchdog with it.
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("setsid sh -c \"$GCMBOT_PG_WATCHDOG\" </dev/null >/dev/null 2>&1 &");
        start.Environment["GCMBOT_PG_WATCHDOG"] = script;
        using var launcher = Process.Start(start);
        launcher?.WaitForExit();
    }

    private void Remove()
    {
        try
        {
            RunAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Not started, or already stopped: the folder still goes.
        }

        TryDelete(_folder);
    }

    /// <summary>Folders of earlier runs whose removal was cut short (a killed test process): stopped and over an hour old.</summary>
    private static void RemoveAbandoned()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "gcmbot-pg-*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid"))
                && Directory.GetLastWriteTimeUtc(folder) < TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task RunAsync(string tool, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(_bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", Path.Combine(_bin, tool) })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_folder, "pg.log");
            throw new InvalidOperationException(
                $"PostgreSQL for the tests: {tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}"
                + (File.Exists(log) ? "\npg.log: " + File.ReadAllText(log) : string.Empty));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
