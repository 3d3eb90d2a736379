using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;

namespace AiRace.Export.Tests;

/// <summary>Review of Parquet in row groups (stop 56). A write that is cancelled has not written the table: the stream
/// must not be left holding a well-formed file that <see cref="ParquetExport.ReadAsync"/> (or DuckDB) reads as a table
/// with the same name and schema but fewer rows. Since the write went to row groups it honours its token, between
/// groups and in each column chunk, but the writer's disposal then completes the file (footer and schema metadata)
/// around the groups already written, so a cancelled write leaves a silently truncated table.</summary>
public sealed class ReviewStop56Tests
{
    private const int N = ParquetExport.RowsPerGroup;

    private static async Task<ResultTable?> TryReadAsync(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            return await ParquetExport.ReadAsync(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or OperationCanceledException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static ResultTable Numbered(int rows) => new(
        "numbered",
        [new TableColumn("label", ColumnKind.Text), new TableColumn("amount", ColumnKind.Money, currency: Currency.USD)],
        Enumerable.Range(0, rows).Select(r => (IReadOnlyList<object?>)new object?[] { "row " + r, Money.Of((r * 0.5m) + 0.25m, Currency.USD) }).ToList());

    /// <summary>A stream that cancels a token once more than some bytes have been written to it.</summary>
    private sealed class CancellingStream(CancellationTokenSource cts, long after) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            if (Length > after)
            {
                cts.Cancel();
            }
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            if (Length > after)
            {
                cts.Cancel();
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task AWriteCancelledAfterTheFirstGroup_DoesNotLeaveAFileThatReadsAsAShorterTable()
    {
        ResultTable table = Numbered((2 * N) + 2);
        using var cts = new CancellationTokenSource();
        using var stream = new CancellingStream(cts, after: 1_000);

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream, cts.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        ResultTable? back = await TryReadAsync(stream.ToArray());
        back.Should().BeNull($"a cancelled write left {stream.Length} bytes that read back as table '{back?.Name}' of {back?.Rows.Count} rows, not {table.Rows.Count}");
    }

    [Fact]
    public async Task AWriteCancelledBeforeItStarts_DoesNotLeaveAFileThatReadsAsAnEmptyTable()
    {
        ResultTable table = Numbered(10);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var stream = new MemoryStream();

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream, cts.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        ResultTable? back = await TryReadAsync(stream.ToArray());
        back.Should().BeNull($"a write cancelled before it began left {stream.Length} bytes that read back as table '{back?.Name}' of {back?.Rows.Count} rows, not {table.Rows.Count}");
    }
}
