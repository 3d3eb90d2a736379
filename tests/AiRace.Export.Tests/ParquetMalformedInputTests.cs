using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;

namespace AiRace.Export.Tests;

/// <summary>Reading bytes that are not a whole Parquet file (cut short, or with a damaged footer): <see
/// cref="ParquetExport.ReadAsync"/> reports them as an <see cref="InvalidDataException"/> that says what is wrong and
/// keeps Parquet.Net's exception as its inner one; a cancellation or a failure of the stream itself passes through.</summary>
public class ParquetMalformedInputTests
{
    private static ResultTable Table() => new(
        "small",
        [
            new TableColumn("label", ColumnKind.Text),
            new TableColumn("count", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Money),
        ],
        [
            ["a", 1L, Money.Of(1.5m, Currency.USD)],
            ["b", null, Money.Of(-2m, Currency.CNY)],
            [null, 3L, null],
        ],
        ["three rows"]);

    private static async Task<byte[]> WriteAsync()
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(Table(), stream);
        return stream.ToArray();
    }

    private static async Task<ResultTable> ReadAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(bytes);
        return await ParquetExport.ReadAsync(stream, cancellationToken);
    }

    [Theory]
    [InlineData("header", "4 bytes")]
    [InlineData("half", "do not end with the Parquet magic 'PAR1'")]
    [InlineData("all but the footer's last 8 bytes", "do not end with the Parquet magic 'PAR1'")]
    public async Task ATruncatedFile_IsInvalidData_SayingWhatIsWrong_WithParquetNetsExceptionInside(string cut, string says)
    {
        byte[] bytes = await WriteAsync();
        int length = cut switch
        {
            "header" => 4,
            "half" => bytes.Length / 2,
            _ => bytes.Length - 8,
        };

        Func<Task> read = () => ReadAsync(bytes[..length]);

        InvalidDataException thrown = (await read.Should().ThrowAsync<InvalidDataException>()).Which;
        thrown.Message.Should().StartWith("The bytes are not a readable Parquet file: ").And.Contain(says);
        thrown.InnerException.Should().NotBeNull().And.NotBeOfType<InvalidDataException>();
    }

    [Fact]
    public async Task AFileWhoseFooterIsDamaged_IsInvalidData_NamingTheFooter()
    {
        byte[] bytes = await WriteAsync();
        int footerLength = BitConverter.ToInt32(bytes, bytes.Length - 8);
        byte[] damaged = (byte[])bytes.Clone();
        damaged.AsSpan(bytes.Length - 8 - footerLength, footerLength).Fill(0xFF);

        Func<Task> read = () => ReadAsync(damaged);

        InvalidDataException thrown = (await read.Should().ThrowAsync<InvalidDataException>()).Which;
        thrown.Message.Should().StartWith("The bytes are not a readable Parquet file: ").And.Contain("footer");
        thrown.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task AFileWhoseFirstColumnChunkIsDamaged_IsInvalidData_NamingTheGroupAndField()
    {
        byte[] bytes = await WriteAsync();
        byte[] damaged = (byte[])bytes.Clone();
        damaged.AsSpan(4, 24).Fill(0xFF);

        Func<Task> read = () => ReadAsync(damaged);

        InvalidDataException thrown = (await read.Should().ThrowAsync<InvalidDataException>()).Which;
        thrown.Message.Should().StartWith("The bytes are not a readable Parquet file: row group 0, field 'label' cannot be read (");
        thrown.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task AFooterLengthPastTheStartOfTheFile_IsInvalidData_SayingSo()
    {
        byte[] bytes = await WriteAsync();
        byte[] damaged = (byte[])bytes.Clone();
        BitConverter.GetBytes(bytes.Length).CopyTo(damaged, bytes.Length - 8);

        Func<Task> read = () => ReadAsync(damaged);

        InvalidDataException thrown = (await read.Should().ThrowAsync<InvalidDataException>()).Which;
        thrown.Message.Should().Contain($"footer of {bytes.Length} bytes").And.Contain($"{bytes.Length}-byte file");
        thrown.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task ACancelledRead_IsACancellation_NotInvalidData()
    {
        byte[] bytes = await WriteAsync();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Func<Task> read = () => ReadAsync(bytes, cts.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task AStreamThatFailsToRead_PassesItsOwnIOExceptionThrough()
    {
        byte[] bytes = await WriteAsync();
        using var stream = new FailingReadStream(bytes);

        Func<Task> read = () => ParquetExport.ReadAsync(stream);

        (await read.Should().ThrowExactlyAsync<IOException>()).Which.Message.Should().Be("The disk cannot be read (test).");
    }

    [Fact]
    public async Task AWholeFile_StillReadsBack()
    {
        ResultTable back = await ReadAsync(await WriteAsync());

        back.ContentEquals(Table()).Should().BeTrue();
    }

    /// <summary>A seekable stream over a whole file whose every read fails, as a disk's might.</summary>
    private sealed class FailingReadStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("The disk cannot be read (test).");

        public override int Read(Span<byte> buffer) => throw new IOException("The disk cannot be read (test).");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromException<int>(new IOException("The disk cannot be read (test)."));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("The disk cannot be read (test)."));
    }
}
