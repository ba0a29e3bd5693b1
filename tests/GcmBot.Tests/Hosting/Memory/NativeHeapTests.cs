using System.Runtime.InteropServices;
using GcmBot.Hosting.Memory;

namespace GcmBot.Tests.Hosting.Memory;

public sealed class NativeHeapTests
{
    [Fact]
    public void Trim_ReachesGlibcOnLinuxAndIsANoOpElsewhere()
    {
        // The Linux images (Debian's, the Dockerfile's) use glibc, where malloc_trim exists; a musl build has none.
        var glibc = OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);

        Assert.Equal(glibc, NativeHeap.Trim());
        Assert.Equal(glibc, NativeHeap.Trim());
    }
}
