using System.Runtime.InteropServices;

namespace FactApi.Core.Extraction.Text;

/// <summary>
/// A zeroed array of unmanaged items outside the managed heap, on 2 MB pages where Linux allows them
/// (<c>madvise(MADV_HUGEPAGE)</c>, which transparent huge pages honour in their default "madvise" mode). The model
/// tables are read at random across tens of megabytes: with 4 KB pages nearly every lookup also misses the TLB,
/// and in a virtual machine each such miss walks two page tables. Lives as long as the model that owns it.
/// </summary>
internal sealed unsafe class PinnedTable<T> where T : unmanaged
{
    private const nuint HugePage = 2 << 20;
    private const nuint CacheLine = 64;
    private const int MadviseHugePage = 14;

    private readonly T* items;

    public PinnedTable(int length)
    {
        Length = length;
        // A table under one huge page (the small models tests train) is not rounded up to one.
        var bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        var page = bytes >= HugePage ? HugePage : CacheLine;
        var size = (bytes + page - 1) & ~(page - 1);
        items = (T*)NativeMemory.AlignedAlloc(size, page);
        if (OperatingSystem.IsLinux() && page == HugePage)
        {
            // Advice only: where it is refused the table is the same on small pages.
            _ = HugePages.Madvise((nint)items, size, MadviseHugePage);
        }

        NativeMemory.Clear(items, size);
        GC.AddMemoryPressure((long)size);
        Size = (long)size;
    }

    ~PinnedTable()
    {
        NativeMemory.AlignedFree(items);
        GC.RemoveMemoryPressure(Size);
    }

    public int Length { get; }

    private long Size { get; }

    public ref T this[int index] => ref items[(uint)index < (uint)Length ? index : throw new IndexOutOfRangeException()];

    public Span<T> Span => new(items, Length);

    /// <summary>The first item, for unchecked reads of indexes the caller has masked.</summary>
    public ref T First => ref *items;
}

internal static partial class HugePages
{
    [LibraryImport("libc", EntryPoint = "madvise")]
    internal static partial int Madvise(nint address, nuint length, int advice);
}
