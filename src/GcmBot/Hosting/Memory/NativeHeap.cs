using System.Runtime.InteropServices;

namespace GcmBot.Hosting.Memory;

/// <summary>
/// glibc's malloc keeps the pages its callers freed (SQLite's caches, the JIT's scratch memory, the runtime's native
/// side) inside its arenas; it hands back only what sits at the top of an arena. <c>malloc_trim(0)</c> returns every
/// free page of every arena. Elsewhere (musl, macOS, Windows) there is nothing to call and nothing happens.
/// </summary>
internal static partial class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Returns the free pages of glibc's arenas to the system; false where there is no glibc to ask.</summary>
    public static bool Trim()
    {
        if (_unavailable)
        {
            return false;
        }

        try
        {
            MallocTrim(0);
            return true;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (Alpine's musl has no malloc_trim): nothing to give back this way.
            _unavailable = true;
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
