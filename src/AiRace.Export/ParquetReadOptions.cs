using System;
using System.Globalization;

namespace AiRace.Export;

/// <summary>
/// Options for reading a Parquet file back into a table (<see cref="ParquetExport.ReadAsync(System.IO.Stream, ParquetReadOptions?, System.Threading.CancellationToken)"/>):
/// the most rows a read accepts, and the most bytes its pages may claim uncompressed.
/// </summary>
/// <remarks>
/// <para>A read holds every row of the table in memory as objects: an array of the row's cells (24 bytes and 8 a
/// field) and each cell boxed (24 to 32 bytes for a number, a date or a flag, 22 bytes and 2 a character for text),
/// besides one row group's values at a time while they are read. Measured, a table read back holds some 190 bytes a
/// row for three columns (text, integer, money) and 680 for eighteen, and the read allocates four to six times that
/// on the way: the default limit of a million rows keeps a table read within 200 to 700 MB.</para>
/// <para>The row counts are the file's own claim, in its footer, and are checked against the limit before a value is
/// read: Parquet's run-length encoding lets a file of a few hundred bytes hold millions of rows of nulls, so the size
/// of the file cannot bound them, and a false claim would otherwise have arrays allocated for its rows before the
/// values were found missing. Raise the limit for a larger file you trust, for example
/// <c>new ParquetReadOptions { MaxRows = 10_000_000 }</c>. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ParquetReadOptions
{
    /// <summary>The largest limit that can be set: the rows are held in one list, and no .NET array is longer
    /// (<see cref="Array.MaxLength"/>, just under 2^31).</summary>
    public static readonly int LargestMaxRows = Array.MaxLength;

    private readonly int _maxRows = 1_000_000;
    private readonly long _maxUncompressedBytes = 1L << 30;

    /// <summary>The options used when none are given: limits of 1,000,000 rows and 1 GiB uncompressed.</summary>
    public static ParquetReadOptions Default { get; } = new();

    /// <summary>The most rows, over all the file's row groups, that a read accepts; a file whose footer claims more is
    /// refused with an <see cref="System.IO.InvalidDataException"/> that gives its rows, its row groups and this limit,
    /// before a value is read. Defaults to 1,000,000 (see the class remarks).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than
    /// <see cref="LargestMaxRows"/>.</exception>
    public int MaxRows
    {
        get => _maxRows;
        init
        {
            if (value < 1 || value > LargestMaxRows)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxRows), string.Create(CultureInfo.InvariantCulture, $"The limit must be from 1 to {LargestMaxRows:N0} rows (the longest array .NET allocates); found {value:N0}."));
            }

            _maxRows = value;
        }
    }

    /// <summary>The most bytes, over all the pages a read decodes, of the arrays Parquet.Net decompresses or copies
    /// them into, each page counted as the array the shared array pool rents for its header's uncompressed size (the
    /// next power of two, at least 16 bytes, up to 2^30; past that the size itself); a page that brings the sum past
    /// it is refused with an <see cref="System.IO.InvalidDataException"/> that names its row group, field and byte and
    /// gives its claim, the sum, this limit and the limit that reads the whole file (its decoded pages' headers added
    /// up), before Parquet.Net reads the page's group. A decimal field with its exact text field beside it is
    /// decoded too (to check the text against it), so both are counted. Defaults to 1 GiB (1,073,741,824 bytes; see the remarks).</summary>
    /// <remarks>A compressed page's header claims its uncompressed size, and Parquet.Net allocates that much to
    /// decompress a page into before it finds what its data holds, up to the longest array .NET allocates: a file of
    /// a few KB can claim gigabytes, each claim agreeing with the others (and gzip and Zstandard data can truly expand
    /// a thousandfold); each page the read decodes is decompressed (into a pooled buffer of the claim, within this
    /// limit, reused from page to page) to check that it gives exactly the claim and holds the values it claims, a
    /// Snappy page's length, a Zstandard page's content size and an LZ4 page's block checked first. The library's own
    /// files need far less: its analysis tables, each written in full row groups of 16,384 rows, take from 192 to 784 bytes a row so counted
    /// (113 to 464 bytes of pages, rounded up to powers of two; the widest the 17-field audit table), so the default
    /// holds a million rows of each with at least a quarter to spare. Raise it for a larger file you trust, for
    /// example <c>new ParquetReadOptions { MaxUncompressedBytes = 4L &lt;&lt; 30 }</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxUncompressedBytes
    {
        get => _maxUncompressedBytes;
        init
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxUncompressedBytes), string.Create(CultureInfo.InvariantCulture, $"The limit must be at least 1 byte; found {value:N0}."));
            }

            _maxUncompressedBytes = value;
        }
    }
}
