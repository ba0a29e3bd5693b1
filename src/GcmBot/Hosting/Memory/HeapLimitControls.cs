namespace GcmBot.Hosting.Memory;

/// <summary>
/// What <see cref="HeapLimiter"/> reads from and sets on the GC, as delegates so tests can count and refuse them:
/// whether the app owns its process, the heap's size after the last collection, the ceiling in force now, setting a
/// new one, and the largest gen0 budget the GC took from its settings (null when it reports none).
/// </summary>
internal sealed record HeapLimitControls(Func<bool> OwnsProcess, Func<long> HeapBytes, Func<long> CeilingBytes, Action<long> SetCeiling, Func<long?>? Gen0BudgetBytes = null)
{
    /// <summary>
    /// The runtime's own. The limit is the whole process's, so only an app that is the process's entry point sets
    /// it: hosted inside another program (a test host running many apps) it leaves that program's heap alone. The
    /// ceiling in force is the hard limit when one is set, otherwise the machine's or the container's memory. A new
    /// hard limit takes effect through the documented AppContext key and <see cref="GC.RefreshMemoryLimit"/>, which
    /// throws <see cref="InvalidOperationException"/> when the limit is below what the GC has already committed.
    /// </summary>
    public static HeapLimitControls Runtime { get; } = new(
        () => System.Reflection.Assembly.GetEntryAssembly() == typeof(HeapLimitControls).Assembly,
        () => GC.GetGCMemoryInfo().HeapSizeBytes,
        () => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        bytes =>
        {
            AppContext.SetData("GCHeapHardLimit", (ulong)bytes);
            GC.RefreshMemoryLimit();
        },
        // The GC reports the budget it settled on, so a misspelt runtimeconfig key (silently ignored) shows here.
        () => GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var budget)
            ? Convert.ToInt64(budget, System.Globalization.CultureInfo.InvariantCulture)
            : null);
}
