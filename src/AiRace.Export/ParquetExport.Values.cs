using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Numerics;
using Parquet.Meta;

namespace AiRace.Export;

/// <content>The check a read makes of the values each decoded page holds, before Parquet.Net reads them.</content>
public static partial class ParquetExport
{
    private const int PlainEncoding = 0;
    private const int PlainDictionaryEncoding = 2;
    private const int RleEncoding = 3;
    private const int DeltaBinaryPackedEncoding = 5;
    private const int DeltaLengthByteArrayEncoding = 6;
    private const int DeltaByteArrayEncoding = 7;
    private const int RleDictionaryEncoding = 8;
    private const int ByteStreamSplitEncoding = 9;

    /// <summary>Decompresses the pages of the decoded fields' chunks, one at a time into buffers it reuses (each at
    /// most a page's checked uncompressed size), and checks that each page holds the values its levels claim:
    /// Parquet.Net 6.1 reads a value a page lacks from past its data (the rest of its pooled array) without noticing.
    /// A data page's definition levels (RLE/bit-packed hybrid, of the field's maximum level's bit width) are decoded
    /// to count the values defined (a version 1 page's as RLE whatever its header's level encoding, as Parquet.Net
    /// decodes them); a version 2 page's nulls must agree with them. The values section must then hold them, decoded
    /// by the encoding Parquet.Net picks: PLAIN fixed-width values exactly that many times the width (booleans one bit
    /// each, bytes rounded up), PLAIN byte arrays that many length-prefixed values ending at its end, dictionary
    /// indices (a bit-width byte, then hybrid runs) at least that many within it, each less than the dictionary's
    /// entries; DELTA_BINARY_PACKED integers exactly that many, every miniblock up to the last value within it;
    /// DELTA_LENGTH_BYTE_ARRAY (and DELTA_BYTE_ARRAY, prefix lengths first, of text each prefix ASCII) lengths that
    /// many, the bytes ending at its end; BYTE_STREAM_SPLIT exactly that many times the width. A dictionary page must be exactly its entries as
    /// PLAIN, whatever its encoding says. A page of another encoding (RLE, BIT_PACKED, one unknown, or one
    /// Parquet.Net cannot read as the field's type) is refused: RLE booleans too, which Parquet.Net 6.1 reads all
    /// false.</summary>
    private sealed class PageValues : IDisposable
    {
        private byte[] _compressed = [];
        private byte[] _plain = [];
        private ZstdSharp.Decompressor? _zstd;

        /// <summary>The entries of the chunk's dictionary page, or -1 before one.</summary>
        public long Entries { get; set; } = -1;

        /// <summary>Checks the page <paramref name="page"/> of <paramref name="extent"/>.</summary>
        /// <param name="source">The file.</param>
        /// <param name="extent">The page's chunk.</param>
        /// <param name="page">The page (its header checked: its data within the chunk, its sizes within the limits).</param>
        /// <param name="where">The page, for the message.</param>
        /// <exception cref="InvalidDataException">Its data cannot be decompressed to its header's size, or does not
        /// hold the values it claims.</exception>
        public void Check(SourceStream source, ChunkExtent extent, PageHeaders.Page page, string where)
        {
            bool dictionary = page.Type == PageHeaders.DictionaryPage;
            bool v2 = page.Type == PageHeaders.DataPageV2;
            if (!dictionary && !v2 && page.Type != 0)
            {
                return;
            }

            long levelBytes = v2 && extent.MaxDefinition > 0 ? page.Levels : 0;
            int size = (int)page.Size;
            if (levelBytes < 0 || levelBytes > size)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {levelBytes} bytes of definition levels, which do not fit its {size} bytes of data"));
            }

            Rent(ref _compressed, size);
            source.Position = page.DataStart;
            source.ReadExactly(_compressed, 0, size);
            ReadOnlySpan<byte> levels = _compressed.AsSpan(0, (int)levelBytes);
            ReadOnlySpan<byte> data = _compressed.AsSpan((int)levelBytes, size - (int)levelBytes);
            if (extent.Codec != CompressionCodec.UNCOMPRESSED && (!v2 || page.Compressed))
            {
                long claim = page.Uncompressed - levelBytes;
                Rent(ref _plain, (int)claim);
                int? decoded = Decompress(extent.Codec, (int)levelBytes, data, _plain.AsSpan(0, (int)claim));
                if (decoded != claim)
                {
                    string codec = extent.Codec switch
                    {
                        CompressionCodec.GZIP => "gzip",
                        CompressionCodec.BROTLI => "Brotli",
                        CompressionCodec.SNAPPY => "Snappy",
                        CompressionCodec.ZSTD => "Zstandard",
                        CompressionCodec.LZ4 or CompressionCodec.LZ4_RAW => "LZ4",
                        _ => extent.Codec.ToString(),
                    };
                    throw Unsound(decoded is not { } n
                        ? $"{where}: its {codec} data cannot be decoded"
                        : string.Create(CultureInfo.InvariantCulture, $"{where}: its {codec} data decodes to {(n > claim ? "more than " + claim.ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture))} bytes, but the header claims {claim}"));
                }

                data = _plain.AsSpan(0, (int)claim);
            }

            if (dictionary)
            {
                Entries = page.Values;
                if (PlainProblem(data, page.Values, extent) is { } problem)
                {
                    throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where}: the dictionary page claims {page.Values} entries, but its data {problem}"));
                }

                return;
            }

            long defined = page.Values;
            if (extent.MaxDefinition > 0)
            {
                if (!v2)
                {
                    int length = data.Length < 4 ? -1 : BinaryPrimitives.ReadInt32LittleEndian(data);
                    if (length < 0 || length > data.Length - 4)
                    {
                        throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where}: its definition levels claim {length} bytes, which do not fit its {data.Length} bytes of data"));
                    }

                    levels = data.Slice(4, length);
                    data = data[(4 + length)..];
                }

                int width = 32 - BitOperations.LeadingZeroCount((uint)extent.MaxDefinition);
                if (Hybrid(levels, width, page.Values, extent.MaxDefinition, extent.MaxDefinition, out defined) is { } problem)
                {
                    throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where}: its definition levels, {page.Values} claimed, {problem}"));
                }

                if (v2 && page.Values - page.Nulls != defined)
                {
                    throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where}: it claims {page.Nulls} nulls of {page.Values} values, but its definition levels define {defined}"));
                }
            }

            string? wrong = page.Encoding switch
            {
                PlainEncoding => PlainProblem(data, defined, extent),
                PlainDictionaryEncoding or RleDictionaryEncoding => IndicesProblem(data, defined, Entries),
                RleEncoding when extent.Physical == Parquet.Meta.Type.BOOLEAN => "is of RLE booleans, which Parquet.Net 6.1 does not read as written (it decodes them with a bit width of the field's type length, 0, and no length prefix: every value false)",
                DeltaBinaryPackedEncoding when extent.Physical is Parquet.Meta.Type.INT32 or Parquet.Meta.Type.INT64 => DeltaIntegersProblem(data, defined, extent),
                DeltaLengthByteArrayEncoding or DeltaByteArrayEncoding when extent.Physical is Parquet.Meta.Type.BYTE_ARRAY or Parquet.Meta.Type.FIXED_LEN_BYTE_ARRAY => DeltaBytesProblem(data, defined, page.Encoding == DeltaByteArrayEncoding, extent.Text),
                ByteStreamSplitEncoding when extent.Physical is not (Parquet.Meta.Type.BOOLEAN or Parquet.Meta.Type.BYTE_ARRAY or Parquet.Meta.Type.INT96) => SplitProblem(data, defined, extent),
                _ => string.Create(CultureInfo.InvariantCulture, $"is of encoding {(Enum.IsDefined((Encoding)page.Encoding) ? ((Encoding)page.Encoding).ToString() : page.Encoding.ToString(CultureInfo.InvariantCulture))}, which Parquet.Net cannot read as {extent.Physical} values"),
            };
            if (wrong is not null)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where}: its definition levels define {defined} values, but its data {wrong}"));
            }
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            Return(ref _compressed);
            Return(ref _plain);
            _zstd?.Dispose();
        }

        private static void Rent(ref byte[] buffer, int length)
        {
            if (buffer.Length < length)
            {
                Return(ref buffer);
                buffer = ArrayPool<byte>.Shared.Rent(length);
            }
        }

        private static void Return(ref byte[] buffer)
        {
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            buffer = [];
        }

        /// <summary>What <paramref name="data"/> decodes to by <paramref name="codec"/> into <paramref name="output"/>
        /// (from byte <paramref name="offset"/> of the compressed buffer; its length and one more when it holds
        /// more), with the library Parquet.Net 6.1 decodes it with; null when it cannot be decoded (Zstandard and LZ4
        /// data that decodes to more than the output holds among them).</summary>
        private int? Decompress(CompressionCodec codec, int offset, ReadOnlySpan<byte> data, Span<byte> output)
        {
            try
            {
                switch (codec)
                {
                    case CompressionCodec.SNAPPY:
                        int length = Snappier.Snappy.GetUncompressedLength(data);
                        return length > output.Length ? output.Length + 1 : Snappier.Snappy.Decompress(data, output[..length]);
                    case CompressionCodec.ZSTD:
                        _zstd ??= new ZstdSharp.Decompressor();
                        return _zstd.Unwrap(data, output);
                    case CompressionCodec.LZ4 or CompressionCodec.LZ4_RAW:
                        int n = K4os.Compression.LZ4.LZ4Codec.Decode(data, output);
                        return n < 0 ? null : n;
                    case CompressionCodec.GZIP or CompressionCodec.BROTLI:
                        using (var input = new MemoryStream(_compressed, offset, data.Length, writable: false))
                        using (Stream decoder = codec == CompressionCodec.GZIP
                            ? new GZipStream(input, CompressionMode.Decompress)
                            : new BrotliStream(input, CompressionMode.Decompress))
                        {
                            int count = 0;
                            int read;
                            while (count < output.Length && (read = decoder.Read(output[count..])) > 0)
                            {
                                count += read;
                            }

                            Span<byte> more = stackalloc byte[1];
                            return count == output.Length && decoder.Read(more) > 0 ? count + 1 : count;
                        }

                    default:
                        return null;
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or ZstdSharp.ZstdException)
            {
                return null;
            }
        }
    }

    /// <summary>What is wrong with <paramref name="data"/> as exactly <paramref name="count"/> PLAIN values of the
    /// chunk's physical type, or null.</summary>
    private static string? PlainProblem(ReadOnlySpan<byte> data, long count, ChunkExtent extent)
    {
        long width = extent.Physical switch
        {
            Parquet.Meta.Type.INT32 or Parquet.Meta.Type.FLOAT => 4,
            Parquet.Meta.Type.INT64 or Parquet.Meta.Type.DOUBLE => 8,
            Parquet.Meta.Type.INT96 => 12,
            Parquet.Meta.Type.FIXED_LEN_BYTE_ARRAY => extent.TypeLength,
            _ => -1,
        };
        long expected = extent.Physical == Parquet.Meta.Type.BOOLEAN ? (count + 7) / 8 : width * count;
        if (extent.Physical != Parquet.Meta.Type.BYTE_ARRAY)
        {
            return expected == data.Length || width == 0 ? null
                : string.Create(CultureInfo.InvariantCulture, $"holds {data.Length} bytes, not the {expected} of {count} PLAIN {extent.Physical} values");
        }

        int position = 0;
        for (long i = 0; i < count; i++)
        {
            if (data.Length - position < 4)
            {
                return string.Create(CultureInfo.InvariantCulture, $"ends after {i} of {count} PLAIN byte arrays");
            }

            int length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
            position += 4;
            if (length < 0 || length > data.Length - position)
            {
                return string.Create(CultureInfo.InvariantCulture, $"has its PLAIN byte array {i} of {count} claim {length} bytes at byte {position - 4} of {data.Length}");
            }

            position += length;
        }

        return position == data.Length ? null
            : string.Create(CultureInfo.InvariantCulture, $"holds {data.Length - position} bytes past its {count} PLAIN byte arrays");
    }

    /// <summary>What is wrong with <paramref name="data"/> as exactly <paramref name="count"/> BYTE_STREAM_SPLIT values
    /// of the chunk's physical type, or null.</summary>
    private static string? SplitProblem(ReadOnlySpan<byte> data, long count, ChunkExtent extent)
    {
        long width = extent.Physical switch
        {
            Parquet.Meta.Type.INT32 or Parquet.Meta.Type.FLOAT => 4,
            Parquet.Meta.Type.INT64 or Parquet.Meta.Type.DOUBLE => 8,
            _ => extent.TypeLength,
        };
        return width * count == data.Length ? null
            : string.Create(CultureInfo.InvariantCulture, $"holds {data.Length} bytes, not the {width * count} of {count} BYTE_STREAM_SPLIT {extent.Physical} values");
    }

    /// <summary>What is wrong with <paramref name="data"/> as exactly <paramref name="count"/> DELTA_BINARY_PACKED
    /// values of the chunk's integer type, or null.</summary>
    private static string? DeltaIntegersProblem(ReadOnlySpan<byte> data, long count, ChunkExtent extent)
    {
        if (count == 0 && data.Length == 0)
        {
            return null;
        }

        int position = 0;
        return Delta(data, ref position, count, extent.Physical == Parquet.Meta.Type.INT32 ? 32 : 64, null) is { } problem
            ? "has DELTA_BINARY_PACKED values that " + problem : null;
    }

    /// <summary>What is wrong with <paramref name="data"/> as exactly <paramref name="count"/> DELTA_LENGTH_BYTE_ARRAY
    /// values (or, when <paramref name="prefixed"/>, DELTA_BYTE_ARRAY ones: their prefix lengths before them, each
    /// at most the length of the value before it, the first 0; of <paramref name="text"/>, each prefix's bytes ASCII:
    /// Parquet.Net 6.1 decodes each suffix to text alone and takes the prefix length in characters of the text before,
    /// which is its bytes only so), or null.</summary>
    private static string? DeltaBytesProblem(ReadOnlySpan<byte> data, long count, bool prefixed, bool text)
    {
        if (count == 0 && data.Length == 0)
        {
            return null;
        }

        long[] prefixes = prefixed ? ArrayPool<long>.Shared.Rent((int)count) : [];
        long[] lengths = ArrayPool<long>.Shared.Rent((int)count);
        try
        {
            int position = 0;
            if (prefixed && Delta(data, ref position, count, 32, prefixes) is { } prefixProblem)
            {
                return "has DELTA_BYTE_ARRAY prefix lengths that " + prefixProblem;
            }

            if (Delta(data, ref position, count, 32, lengths) is { } lengthProblem)
            {
                return "has DELTA_LENGTH_BYTE_ARRAY lengths that " + lengthProblem;
            }

            long total = 0;
            long previous = 0;
            long ascii = 0;
            for (int i = 0; i < count; i++)
            {
                long length = (int)lengths[i];
                long prefix = prefixed ? (int)prefixes[i] : 0;
                if (length < 0 || prefix < 0 || prefix > previous || (i == 0 && prefix != 0))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"has value {i} of {count} claim {(length < 0 ? length : prefix)} bytes{(length < 0 ? string.Empty : " of the value before it")}");
                }

                if (text && prefixed && prefix > ascii)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"has value {i} of {count} share a prefix of {prefix} bytes with the value before it, not all ASCII: Parquet.Net 6.1 would take them as {prefix} characters of its text");
                }

                previous = prefix + length;
                total += length;
                if (total > data.Length - position)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"has its {count} values' bytes run past byte {data.Length} (value {i} ends at byte {position + total})");
                }

                if (text && prefixed)
                {
                    ReadOnlySpan<byte> suffix = data.Slice(position + (int)(total - length), (int)length);
                    int plain = suffix.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                    ascii = prefix + (plain < 0 ? length : plain);
                }
            }

            return total == data.Length - position ? null
                : string.Create(CultureInfo.InvariantCulture, $"holds {data.Length - position - total} bytes past its {count} values");
        }
        finally
        {
            ArrayPool<long>.Shared.Return(lengths);
            if (prefixed)
            {
                ArrayPool<long>.Shared.Return(prefixes);
            }
        }
    }

    /// <summary>What is wrong with <paramref name="data"/> from <paramref name="position"/> (moved past them) as
    /// DELTA_BINARY_PACKED integers of at most <paramref name="bits"/> bits, exactly <paramref name="count"/> of them
    /// (each miniblock up to the last value within the data; the miniblocks after it may be absent), or null;
    /// <paramref name="values"/>, when given, receives them.</summary>
    private static string? Delta(ReadOnlySpan<byte> data, ref int position, long count, int bits, long[]? values)
    {
        ulong blockSize = 0;
        ulong miniblocks = 0;
        ulong total = 0;
        ulong first = 0;
        string? header = Uleb128(data, ref position, 32, out blockSize);
        header ??= Uleb128(data, ref position, 32, out miniblocks);
        header ??= Uleb128(data, ref position, 32, out total);
        header ??= Uleb128(data, ref position, 64, out first);
        if (header is not null)
        {
            return header + " (in their header)";
        }

        if (miniblocks == 0 || blockSize > int.MaxValue || miniblocks > int.MaxValue || blockSize % miniblocks != 0 || blockSize / miniblocks % 8 != 0 || blockSize == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"claim blocks of {blockSize} values in {miniblocks} miniblocks (a multiple of 8 values in each)");
        }

        if (total != (ulong)count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"claim {total} values");
        }

        long current = (long)(first >> 1) ^ -(long)(first & 1);
        if (count > 0 && values is not null)
        {
            values[0] = current;
        }

        int perMiniblock = (int)(blockSize / miniblocks);
        long read = Math.Min(count, 1);
        while (read < count)
        {
            if (Uleb128(data, ref position, 64, out ulong min) is { } minProblem)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{minProblem} (a block's minimum delta, after {read} of {count} values)");
            }

            if (data.Length - position < (long)miniblocks)
            {
                return string.Create(CultureInfo.InvariantCulture, $"end after {read} of {count} values (a block's header runs past byte {data.Length})");
            }

            long minDelta = (long)(min >> 1) ^ -(long)(min & 1);
            ReadOnlySpan<byte> widths = data.Slice(position, (int)miniblocks);
            position += (int)miniblocks;
            for (int m = 0; m < widths.Length && read < count; m++)
            {
                int width = widths[m];
                long bytes = (long)perMiniblock * width / 8;
                if (width > bits || bytes > data.Length - position)
                {
                    return width > bits
                        ? string.Create(CultureInfo.InvariantCulture, $"have a miniblock of {width}-bit deltas (at most {bits})")
                        : string.Create(CultureInfo.InvariantCulture, $"end after {read} of {count} values (a miniblock of {perMiniblock} {width}-bit deltas runs past byte {data.Length})");
                }

                ReadOnlySpan<byte> packed = data.Slice(position, (int)bytes);
                for (int i = 0; i < perMiniblock && read < count; i++, read++)
                {
                    if (values is not null)
                    {
                        ulong delta = 0;
                        for (int got = 0; got < width;)
                        {
                            long bit = ((long)i * width) + got;
                            int shift = (int)(bit & 7);
                            int take = Math.Min(8 - shift, width - got);
                            delta |= (ulong)((packed[(int)(bit >> 3)] >> shift) & ((1 << take) - 1)) << got;
                            got += take;
                        }

                        current = unchecked(current + minDelta + (long)delta);
                        values[read] = current;
                    }
                }

                position += (int)bytes;
            }
        }

        return null;
    }

    /// <summary>Why an unsigned LEB128 varint could not be read: the data ends within it, it runs on past the bytes
    /// its value takes, or it holds bits past them.</summary>
    private enum VarintFault
    {
        None,
        Ends,
        TooLong,
        BitsPast,
    }

    /// <summary>Reads the unsigned LEB128 varint at <paramref name="position"/> (moved past it) of a value of
    /// <paramref name="bits"/> bits (31 for a non-negative int, 32 or 64) into <paramref name="value"/>: what is wrong
    /// with it, as a phrase following "values that" (the data ends within it, it runs on past the bytes such a value
    /// takes, 5 or 10, or it holds bits past them: Parquet.Net 6.1 would read another value from it, its shifts
    /// wrapping), or null.</summary>
    private static string? Uleb128(ReadOnlySpan<byte> data, ref int position, int bits, out ulong value)
    {
        int start = position;
        return DecodeUleb128(data, ref position, bits, out value) switch
        {
            VarintFault.None => null,
            VarintFault.Ends => string.Create(CultureInfo.InvariantCulture, $"end within a varint at byte {start} of {data.Length}"),
            VarintFault.TooLong => string.Create(CultureInfo.InvariantCulture, $"have a varint at byte {start} of {data.Length} longer than the {(bits + 6) / 7} bytes of a {bits}-bit value"),
            _ => string.Create(CultureInfo.InvariantCulture, $"have a varint at byte {start} of {data.Length} with bits past the {bits} of its value"),
        };
    }

    /// <summary>The one decoder of unsigned LEB128 varints, of the values and levels of a page and of the Thrift
    /// compact protocol of its header: the varint at <paramref name="position"/> (moved past the bytes read) of a
    /// value of <paramref name="bits"/> bits, at most <c>(bits + 6) / 7</c> bytes, none holding bits past them.</summary>
    private static VarintFault DecodeUleb128(ReadOnlySpan<byte> data, ref int position, int bits, out ulong value)
    {
        int most = (bits + 6) / 7;
        value = 0;
        for (int i = 0; ; i++)
        {
            if (i == most)
            {
                return VarintFault.TooLong;
            }

            if (position == data.Length)
            {
                return VarintFault.Ends;
            }

            byte b = data[position++];
            ulong part = (ulong)(b & 0x7F);
            int shift = 7 * i;
            if (bits - shift < 7 && part >> (bits - shift) != 0)
            {
                return VarintFault.BitsPast;
            }

            value |= part << shift;
            if (b < 0x80)
            {
                return VarintFault.None;
            }
        }
    }

    /// <summary>What is wrong with <paramref name="data"/> as at least <paramref name="count"/> dictionary indices,
    /// each less than the dictionary's entries, or null.</summary>
    private static string? IndicesProblem(ReadOnlySpan<byte> data, long count, long entries)
    {
        if (count == 0)
        {
            return null;
        }

        if (entries <= 0)
        {
            return entries < 0 ? "holds dictionary indices, but its chunk has no dictionary page before it" : "holds dictionary indices into a dictionary of no entries";
        }

        if (data.Length == 0 || data[0] > 32)
        {
            return data.Length == 0 ? "holds no bit width for its dictionary indices" : string.Create(CultureInfo.InvariantCulture, $"gives its dictionary indices a bit width of {data[0]} (at most 32)");
        }

        return Hybrid(data[1..], data[0], count, entries - 1, -1, out _) is { } problem ? "has dictionary indices that " + problem : null;
    }

    /// <summary>What is wrong with <paramref name="data"/> as RLE/bit-packed hybrid runs of at least
    /// <paramref name="count"/> values of <paramref name="width"/> bits, each at most <paramref name="max"/>, or null;
    /// <paramref name="matches"/> counts those equal to <paramref name="target"/>.</summary>
    private static string? Hybrid(ReadOnlySpan<byte> data, int width, long count, long max, long target, out long matches)
    {
        matches = 0;
        Span<byte> tail = stackalloc byte[8];
        int position = 0;
        long remaining = count;
        int valueBytes = (width + 7) / 8;
        while (remaining > 0)
        {
            if (Uleb128(data, ref position, 31, out ulong header) is { } headerProblem)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{headerProblem} (a run header, after {count - remaining} values)");
            }

            long run = (long)(header >> 1);
            if ((header & 1) == 0)
            {
                if (data.Length - position < valueBytes)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"end after {count - remaining} values (a run's value runs past byte {data.Length})");
                }

                ulong value = 0;
                for (int i = 0; i < valueBytes; i++)
                {
                    value |= (ulong)data[position + i] << (8 * i);
                }

                position += valueBytes;
                long used = Math.Min(run, remaining);
                if (used > 0 && value > (ulong)max)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"hold {value}, more than {max}");
                }

                matches += value == (ulong)target ? used : 0;
                remaining -= used;
            }
            else
            {
                long used = Math.Min(run * 8, remaining);
                long bits = used * width;
                if (bits > (long)(data.Length - position) * 8)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"end after {count - remaining} values (a bit-packed run of {used} values runs past byte {data.Length})");
                }

                ReadOnlySpan<byte> packed = data[position..];
                if (width == 1 && max == 1 && target == 1)
                {
                    int whole = (int)(used / 8);
                    long ones = 0;
                    int i = 0;
                    for (; i + 8 <= whole; i += 8)
                    {
                        ones += BitOperations.PopCount(BinaryPrimitives.ReadUInt64LittleEndian(packed[i..]));
                    }

                    for (; i < whole; i++)
                    {
                        ones += BitOperations.PopCount(packed[i]);
                    }

                    if (used % 8 != 0)
                    {
                        ones += BitOperations.PopCount((uint)(packed[whole] & ((1 << (int)(used % 8)) - 1)));
                    }

                    matches += ones;
                }
                else if (width > 0)
                {
                    ulong mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
                    for (long v = 0; v < used; v++)
                    {
                        long bit = v * width;
                        int at = (int)(bit >> 3);
                        ulong window;
                        if (packed.Length - at >= 8)
                        {
                            window = BinaryPrimitives.ReadUInt64LittleEndian(packed[at..]);
                        }
                        else
                        {
                            tail.Clear();
                            packed[at..].CopyTo(tail);
                            window = BinaryPrimitives.ReadUInt64LittleEndian(tail);
                        }

                        ulong value = (window >> (int)(bit & 7)) & mask;
                        if (value > (ulong)max)
                        {
                            return string.Create(CultureInfo.InvariantCulture, $"hold {value}, more than {max}");
                        }

                        matches += value == (ulong)target ? 1 : 0;
                    }
                }
                else
                {
                    matches += target == 0 ? used : 0;
                }

                position += (int)Math.Min(run * width, data.Length - position);
                remaining -= used;
            }
        }

        return null;
    }
}
