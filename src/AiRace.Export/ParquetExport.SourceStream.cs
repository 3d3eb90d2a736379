using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet.Schema;

namespace AiRace.Export;

/// <content>The stream a read goes through, and the exceptions for bytes that are not a sound Parquet file.</content>
public static partial class ParquetExport
{
    /// <summary>The exception for a footer that Parquet.Net decodes but that does not describe a sound file.</summary>
    private static InvalidDataException Unsound(string what) => new("The bytes are not a readable Parquet file: " + what + ".");

    private static string ChunkUnreadable(int groupIndex, DataField field) =>
        string.Create(CultureInfo.InvariantCulture, $"row group {groupIndex}, field '{field.Name}' cannot be read");

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>The exception for bytes that Parquet.Net could not read as a Parquet file: what is wrong with their
    /// framing (too few, no magic at either end, a footer longer than the file) when it is that, else
    /// <paramref name="what"/> and Parquet.Net's message.</summary>
    private static InvalidDataException Malformed(SourceStream source, string what, Exception inner) =>
        new("The bytes are not a readable Parquet file: " + (source.FramingProblem() ?? $"{what} ({inner.GetType().Name}: {inner.Message})") + ".", inner);

    /// <summary>The stream a read goes through: it passes every read and seek to the stream and remembers the
    /// exception the stream itself threw, so that only Parquet.Net's own failures are taken as malformed data; a read
    /// once <paramref name="cancellationToken"/> is cancelled throws <see cref="OperationCanceledException"/> (Parquet.Net
    /// 6.1 reads a chunk's pages on without checking it).</summary>
    private sealed class SourceStream(Stream inner, CancellationToken cancellationToken = default) : Stream
    {
        private Exception? _failure;
        private ChunkExtent? _window;

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => Pass(() => inner.Length);

        public override long Position
        {
            get => Pass(() => inner.Position);
            set => Seek(value, SeekOrigin.Begin);
        }

        /// <summary>Confines every read and seek to a column chunk until <see cref="Release"/>: a seek outside it, or a
        /// read from its end on, is an <see cref="InvalidDataException"/> (the chunk's pages run on past it), and a
        /// read that begins within it ends at its end.</summary>
        public void Confine(ChunkExtent extent) => _window = extent;

        /// <summary>Ends <see cref="Confine"/>.</summary>
        public void Release() => _window = null;

        /// <summary>The bytes a read of <paramref name="count"/> bytes at the position may take within the window.</summary>
        /// <exception cref="OperationCanceledException">The read's token is cancelled.</exception>
        private int Confined(int count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_window is not { } window || count == 0)
            {
                return count;
            }

            long position = Position;
            if (position < window.Start || position >= window.End)
            {
                throw OutsideWindow(window, position);
            }

            return (int)Math.Min(count, window.End - position);
        }

        private static InvalidDataException OutsideWindow(ChunkExtent window, Int128 position) =>
            new(string.Create(CultureInfo.InvariantCulture, $"its pages run on past its column chunk (bytes {window.Start} to {window.End}), to byte {position}: they hold fewer values than it claims, or a page is longer than the chunk"));

        /// <summary>Whether an exception from a read is about the bytes read: not a cancellation, and not (nor caused
        /// by) the stream's own failure.</summary>
        public bool IsAboutTheData(Exception ex)
        {
            if (ex is OperationCanceledException)
            {
                return false;
            }

            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                if (ReferenceEquals(e, _failure))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where the footer begins, in a file whose framing Parquet.Net has read: the end of its row groups'
        /// data. The stream is put back where it was.</summary>
        public long FooterStart()
        {
            long position = Position;
            Span<byte> tail = stackalloc byte[8];
            Seek(-8, SeekOrigin.End);
            ReadExactly(tail);
            Position = position;
            return Length - 8 - BinaryPrimitives.ReadInt32LittleEndian(tail);
        }

        /// <summary>What is wrong with the bytes' framing, or null when it is sound (or the stream cannot tell).</summary>
        public string? FramingProblem()
        {
            try
            {
                long length = inner.Length;
                if (length < 12)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{length} bytes are too few (a Parquet file begins with 'PAR1' and ends with its footer, the footer's length and 'PAR1': at least 12 bytes)");
                }

                Span<byte> head = stackalloc byte[4];
                Span<byte> tail = stackalloc byte[8];
                inner.Seek(0, SeekOrigin.Begin);
                inner.ReadExactly(head);
                inner.Seek(-8, SeekOrigin.End);
                inner.ReadExactly(tail);
                if (!head.SequenceEqual(Magic))
                {
                    return "they do not begin with the Parquet magic 'PAR1'";
                }

                if (!tail[4..].SequenceEqual(Magic))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"its {length} bytes do not end with the Parquet magic 'PAR1', so they hold no footer (the file was cut short, or its write failed)");
                }

                int footer = BinaryPrimitives.ReadInt32LittleEndian(tail[..4]);
                if (footer <= 0 || footer > length - 12)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"its last 8 bytes give a footer of {footer} bytes, which does not fit the {length}-byte file");
                }

                return null;
            }
            catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
            {
                return null;
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int confined = Confined(count);
            return Pass(() => inner.Read(buffer, offset, confined));
        }

        public override int Read(Span<byte> buffer)
        {
            buffer = buffer[..Confined(buffer.Length)];
            try
            {
                return inner.Read(buffer);
            }
            catch (Exception ex)
            {
                _failure = ex;
                throw;
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            buffer = buffer[..Confined(buffer.Length)];
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _failure = ex;
                throw;
            }
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            Int128 target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => (Int128)Position + offset,
                _ => (Int128)Length + offset,
            };

            // Neither is the stream's failure: an offset read from the file points outside it.
            if (target < 0)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The file points {-target} bytes before its start."));
            }

            long length = Length;
            if (target > length)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The file points {target - length} bytes past its end (it has {length} bytes)."));
            }

            if (_window is { } window && (target < window.Start || target > window.End))
            {
                throw OutsideWindow(window, target);
            }

            return Pass(() => inner.Seek(offset, origin));
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private T Pass<T>(Func<T> call)
        {
            try
            {
                return call();
            }
            catch (Exception ex)
            {
                _failure = ex;
                throw;
            }
        }
    }
}
