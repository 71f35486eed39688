using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace FactApi.Core.Extraction.Text;

/// <summary>
/// Cache-line prefetches for the model tables, which are larger than the cache: asking for all of a token's
/// slots before probing any lets their misses overlap, where a probe loop waits for each in turn (its branch
/// depends on the load). A prefetch retires at once and never faults, unlike a load kept alive to the same end.
/// </summary>
internal static class Prefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref T item)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref item));
        }
    }
}
