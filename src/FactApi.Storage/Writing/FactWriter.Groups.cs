using FactApi.Core.Facts;

namespace FactApi.Storage.Writing;

/// <summary>
/// Group commit: writes that arrive while another is running wait for it and then go together, as one write of all
/// their sets. The refresh's queue trigger runs several sources at once on an instance (host.json's batch size);
/// a single article written alone touches about eleven partitions and recounts its actors and topics, while
/// articles written together share those batches and recounts, as a feed's items do. A group that fails is
/// written again caller by caller, so one caller's bad set (too large to store) fails only that caller, and each
/// caller is told what the write did to its own sets.
/// </summary>
public sealed partial class FactWriter
{
    /// <summary>Sets a group takes before later callers wait for the next one (a caller's sets are never split).</summary>
    private const int SetsPerGroup = 100;

    private readonly Lock groupGate = new();
    private readonly List<GroupedWrite> waiting = [];
    private bool committing;

    private sealed class GroupedWrite(IReadOnlyList<FactSet> sets, CancellationToken cancellationToken)
    {
        public IReadOnlyList<FactSet> Sets => sets;

        public CancellationToken CancellationToken => cancellationToken;

        public TaskCompletionSource<SourceWriteResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private async Task<SourceWriteResult> CommitInGroupAsync(IReadOnlyList<FactSet> sets, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = new GroupedWrite(sets, cancellationToken);
        bool first;
        lock (groupGate)
        {
            waiting.Add(write);
            first = !committing;
            committing = true;
        }

        if (first)
        {
            _ = Task.Run(CommitGroupsAsync, CancellationToken.None);
        }

        // A caller that gives up while it waits leaves the queue; once its group is being written, the write goes on
        // for the others and stops only when every caller in it has given up.
        await using var registration = cancellationToken.Register(() =>
        {
            bool removed;
            lock (groupGate)
            {
                removed = waiting.Remove(write);
            }

            if (removed)
            {
                write.Done.TrySetCanceled(cancellationToken);
            }
        });
        return await write.Done.Task;
    }

    private async Task CommitGroupsAsync()
    {
        while (true)
        {
            List<GroupedWrite> group;
            lock (groupGate)
            {
                group = NextGroup();
                if (group.Count == 0)
                {
                    committing = false;
                    return;
                }
            }

            await (group.Count == 1 ? CommitAloneAsync(group[0]) : CommitTogetherAsync(group));
        }
    }

    /// <summary>
    /// Waiting writes in arrival order, up to <see cref="SetsPerGroup"/> sets. A write of a source that an earlier
    /// waiting write also holds waits for a later group, so the writes of one source keep their order.
    /// </summary>
    private List<GroupedWrite> NextGroup()
    {
        var group = new List<GroupedWrite>();
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        var sets = 0;
        foreach (var write in waiting)
        {
            var overlaps = false;
            foreach (var set in write.Sets)
            {
                overlaps |= !earlier.Add(set.Source.Id);
            }

            if (!overlaps && (group.Count == 0 || sets + write.Sets.Count <= SetsPerGroup))
            {
                group.Add(write);
                sets += write.Sets.Count;
            }
        }

        waiting.RemoveAll(group.Contains);
        return group;
    }

    private async Task CommitTogetherAsync(List<GroupedWrite> group)
    {
        using var cancel = new CancellationTokenSource();
        var givenUp = 0;
        var registrations = group.Select(w => w.CancellationToken.Register(() =>
        {
            if (Interlocked.Increment(ref givenUp) == group.Count)
            {
                cancel.Cancel();
            }
        })).ToList();
        try
        {
            var written = await RecreatingTablesAsync(() => WriteSetsAsync([.. group.SelectMany(w => w.Sets)], null, cancel.Token));
            foreach (var write in group)
            {
                write.Done.TrySetResult(written.For(write.Sets));
            }
        }
        catch (Exception) when (cancel.IsCancellationRequested)
        {
            foreach (var write in group)
            {
                write.Done.TrySetCanceled(write.CancellationToken);
            }
        }
        catch (Exception)
        {
            // Each caller meets on its own whatever failed the group. Every step of a write is idempotent and a rerun
            // finishes what a stopped one left (its pending rows), so what the group wrote converges.
            foreach (var write in group)
            {
                await CommitAloneAsync(write);
            }
        }
        finally
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    private async Task CommitAloneAsync(GroupedWrite write)
    {
        try
        {
            var written = await RecreatingTablesAsync(() => WriteSetsAsync(write.Sets, null, write.CancellationToken));
            write.Done.TrySetResult(written.For(write.Sets));
        }
        catch (OperationCanceledException) when (write.CancellationToken.IsCancellationRequested)
        {
            write.Done.TrySetCanceled(write.CancellationToken);
        }
        catch (Exception e)
        {
            write.Done.TrySetException(e);
        }
    }
}
