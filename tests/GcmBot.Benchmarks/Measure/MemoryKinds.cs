using System.Globalization;

namespace GcmBot.Benchmarks.Measure;

/// <summary>
/// Resident memory (MB) split by what owns it, read from /proc/PID/smaps: the GC's heap (the anonymous pages inside
/// its one huge reservation), glibc malloc ([heap] and the 64 MB arenas other threads get: SQLite, OpenSSL,
/// libsodium, the runtime's native side), thread stacks (the pages behind a guard page), the W^X double maps of
/// JIT'd code and stubs (/memfd:doublemapper, counted once per mapping, as VmRSS counts them), other anonymous memory
/// (the runtime's loader heaps and JIT data), and file-backed pages (assemblies, native libraries, ICU data).
/// </summary>
internal sealed record MemoryKinds(double GcHeap, double Malloc, int Arenas, double Stacks, int Threads, double DoubleMapped, double OtherAnonymous, double Files)
{
    /// <summary>A range reserved up front and committed piecemeal that is at least this large is the GC's (regions reserve 256 GB).</summary>
    private const long GcReservationKb = 16L * 1024 * 1024;

    /// <summary>glibc's non-main arenas are heaps of HEAP_MAX_SIZE (64 MB on 64-bit), each aligned to it.</summary>
    private const long ArenaKb = 64 * 1024;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"GC heap {GcHeap:N0} MB, malloc {Malloc:N0} MB ({Arenas} arenas), stacks {Stacks:N1} MB ({Threads} threads), " +
        $"W^X double maps {DoubleMapped:N0} MB, other anonymous {OtherAnonymous:N0} MB, code and libraries {Files:N0} MB");

    public static MemoryKinds? Read(int pid)
    {
        var path = $"/proc/{pid}/smaps";
        return File.Exists(path) ? Classify(Mapping.Parse(File.ReadLines(path)), ThreadCount(pid)) : null;
    }

    public static MemoryKinds Classify(IReadOnlyList<Mapping> maps, int threads)
    {
        double gc = 0, malloc = 0, stacks = 0, doubled = 0, other = 0, files = 0;
        var arenas = 0;
        foreach (var run in AnonymousRuns(maps))
        {
            if (run[^1].End - run[0].Start >= GcReservationKb * 1024)
            {
                gc += run.Sum(m => m.RssKb);
                continue;
            }

            for (var i = 0; i < run.Count; i++)
            {
                var m = run[i];
                if (IsArena(run, i))
                {
                    malloc += m.RssKb;
                    arenas++;
                }
                else if (i > 0 && run[i - 1].Permissions.StartsWith("---", StringComparison.Ordinal) && m.Permissions == "rw-p")
                {
                    stacks += m.RssKb;
                }
                else
                {
                    other += m.RssKb;
                }
            }
        }

        foreach (var m in maps.Where(m => m.Name.Length > 0))
        {
            switch (m.Name)
            {
                case "[heap]": malloc += m.RssKb; break;
                case "[stack]": stacks += m.RssKb; break;
                case var n when n.StartsWith("/memfd:doublemapper", StringComparison.Ordinal): doubled += m.RssKb; break;
                case var n when n.StartsWith('/'): files += m.RssKb; break;
                default: other += m.RssKb; break;
            }
        }

        return new MemoryKinds(gc / 1024, malloc / 1024, arenas, stacks / 1024, threads, doubled / 1024, other / 1024, files / 1024);
    }

    /// <summary>An arena's heap: a read-write mapping on a 64 MB boundary whose inaccessible rest makes up the 64 MB.</summary>
    private static bool IsArena(List<Mapping> run, int i) =>
        run[i].Start % (ArenaKb * 1024) == 0 && run[i].Permissions.StartsWith("rw", StringComparison.Ordinal) &&
        (run[i].End - run[i].Start == ArenaKb * 1024 ||
         (i + 1 < run.Count && run[i + 1].Permissions.StartsWith("---", StringComparison.Ordinal) && run[i + 1].End - run[i].Start == ArenaKb * 1024));

    /// <summary>Anonymous mappings grouped into runs of neighbours (each address range one piece of reserved memory).</summary>
    private static List<List<Mapping>> AnonymousRuns(IReadOnlyList<Mapping> maps)
    {
        var runs = new List<List<Mapping>>();
        List<Mapping>? run = null;
        foreach (var m in maps)
        {
            if (m.Name.Length > 0)
            {
                run = null;
                continue;
            }

            if (run is null || run[^1].End != m.Start)
            {
                run = [];
                runs.Add(run);
            }

            run.Add(m);
        }

        return runs;
    }

    private static int ThreadCount(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("Threads:", StringComparison.Ordinal))
            .Select(l => int.Parse(l["Threads:".Length..].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
}
