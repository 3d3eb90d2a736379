using System.Numerics;
using AiRace.Core.Analysis;
using CsCheck;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Generators of random result tables for the export round-trip tests.</summary>
internal static class ExportGen
{
    // Pieces that stress CSV quoting and UTF-8: separators, quotes, every line end, non-ASCII, astral characters.
    private static readonly string[] Pieces =
    [
        "", "a", "Z", ",", "\"", "\"\"", "\r\n", "\n", "\r", " ", "\t", "x,y", "say \"hi\"", "日本語", "€ä", "😀", "مرحبا", "1.5", "null", "=1+1",
    ];

    /// <summary>Texts built from 1 to 4 pieces, each a stress piece or printable ASCII.</summary>
    public static readonly Gen<string> Text =
        Choose(
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]),
            Gen.Char[' ', '~'].Array[0, 6].Select(cs => new string(cs)))
        .Array[1, 4].Select(parts => string.Concat(parts));

    /// <summary>Any decimal: random 96-bit mantissa, sign and scale 0..28, plus the extremes.</summary>
    public static readonly Gen<decimal> AnyDecimal =
        Choose(
            Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Int[0, 28]).Select((lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, (byte)scale)),
            ModerateDecimal(),
            Gen.Int[0, 5].Select(i => new[] { decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 0m, 1.000000000000000000000000000m }[i]));

    /// <summary>Decimals of up to 15 digits with scale 0..15, and small ones with scale 16..23: at most 15 integer digits
    /// and 23 fraction digits, so any mix of them fits a Parquet DECIMAL(38, s) column.</summary>
    public static readonly Gen<decimal> FittingDecimal =
        Choose(
            Gen.Select(Gen.Long[-999_999_999_999_999, 999_999_999_999_999], Gen.Int[0, 15]).Select((units, scale) => new decimal((int)(Math.Abs(units) & 0xFFFFFFFF), (int)(Math.Abs(units) >> 32), 0, units < 0, (byte)scale)),
            Gen.Select(Gen.Long[-999_999_999, 999_999_999], Gen.Int[16, 23]).Select((units, scale) => new decimal((int)Math.Abs(units), 0, 0, units < 0, (byte)scale)));

    private static readonly Gen<DateOnly> Dates = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly string[] Units = ["percent", "CNY per USD", "pp, per year", "\"quoted\" unit", "元"];

    /// <summary>Random tables: 1 to 6 columns of every kind, 0 to 8 rows, about a fifth of the cells null, 0 to 3 notes.</summary>
    public static Gen<ResultTable> Tables(Gen<decimal> decimals) =>
        Gen.Int[0, 4].Select(k => (ColumnKind)k).Array[1, 6].SelectMany(kinds =>
        {
            int currency = Array.IndexOf(kinds, ColumnKind.Text);
            Gen<TableColumn[]> columns = Gen.Int[0, Units.Length].Array[kinds.Length].Select(units =>
                kinds.Select((kind, i) => new TableColumn(
                    "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    kind,
                    kind != ColumnKind.Decimal ? (units[i] == 0 ? null : Units[units[i] - 1])
                        : units[i] == 0 && currency >= 0 ? "@c" + currency.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : Units[Math.Max(units[i], 1) - 1])).ToArray());
            Gen<object?[]> row = Row(kinds, decimals);
            return Gen.Select(columns, row.Array[0, 8], Text.Array[0, 3], Text)
                .Select((cols, rows, notes, name) => new ResultTable("t" + name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), cols, rows, notes));
        });

    /// <summary>Whether every decimal of the table fits Parquet DECIMAL(38, s) with s the largest scale of its column.</summary>
    public static bool FitsParquet(ResultTable table)
    {
        for (int c = 0; c < table.Columns.Count; c++)
        {
            decimal[] values = table.Rows.Select(r => r[c]).OfType<decimal>().ToArray();
            int scale = values.Select(v => (int)v.Scale).DefaultIfEmpty(0).Max();
            foreach (decimal v in values)
            {
                int[] bits = decimal.GetBits(v);
                BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
                if (mantissa * BigInteger.Pow(10, scale - v.Scale) >= BigInteger.Pow(10, 38))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Gen<decimal> ModerateDecimal() =>
        Gen.Select(Gen.Long[-999_999_999_999_999_999, 999_999_999_999_999_999], Gen.Int[0, 18])
            .Select((units, scale) => new decimal((int)(Math.Abs(units) & 0xFFFFFFFF), (int)(Math.Abs(units) >> 32), 0, units < 0, (byte)scale));

    private static Gen<object?[]> Row(ColumnKind[] kinds, Gen<decimal> decimals)
    {
        Gen<object?[]> row = Gen.Const(Array.Empty<object?>());
        foreach (ColumnKind kind in kinds)
        {
            row = Gen.Select(row, Cell(kind, decimals)).Select((cells, cell) => (object?[])[.. cells, cell]);
        }

        return row;
    }

    private static Gen<object?> Cell(ColumnKind kind, Gen<decimal> decimals)
    {
        Gen<object?> value = kind switch
        {
            ColumnKind.Text => Text.Select(x => (object?)x),
            ColumnKind.Integer => Choose(Gen.Long, Gen.Long[-3000, 3000], Gen.Int[0, 1].Select(i => i == 0 ? long.MinValue : long.MaxValue)).Select(x => (object?)x),
            ColumnKind.Decimal => decimals.Select(x => (object?)x),
            ColumnKind.Date => Dates.Select(x => (object?)x),
            _ => Gen.Bool.Select(x => (object?)x),
        };
        return Gen.Int[0, 4].SelectMany(i => i == 0 ? Gen.Const((object?)null) : value);
    }

    private static Gen<T> Choose<T>(params Gen<T>[] gens) => Gen.Int[0, gens.Length - 1].SelectMany(i => gens[i]);
}
