using AiRace.Core.Analysis;
using CsCheck;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Generators of random result tables for the export round-trip tests.</summary>
internal static class ExportGen
{
    // Pieces that stress CSV quoting and UTF-8: separators, quotes, every line end, non-ASCII, astral characters, and
    // characters a writer might drop or a reader strip (NUL, right-to-left override, byte order mark, zero-width space).
    private static readonly string[] Pieces =
    [
        "", "a", "Z", ",", "\"", "\"\"", "\r\n", "\n", "\r", " ", "\t", "x,y", "say \"hi\"", "日本語", "€ä", "😀", "مرحبا", "1.5", "null", "=1+1",
        "\0", "\u202E", "\uFEFF", "\u200B", "\u2028",
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

    private static readonly Gen<AiRace.Core.Policy.PartialDate> PartialDates =
        Gen.Int[0, 3].SelectMany(precision => Dates.Select(d => precision switch
        {
            0 => AiRace.Core.Policy.PartialDate.Unknown,
            1 => AiRace.Core.Policy.PartialDate.OfYear(Math.Max(d.Year, 1)),
            2 => AiRace.Core.Policy.PartialDate.OfMonth(d.Year, d.Month),
            _ => AiRace.Core.Policy.PartialDate.OfDay(d.Year, d.Month, d.Day),
        }));

    private static readonly string[] Units = ["percent", "CNY per USD", "pp, per year", "\"quoted\" unit", "元"];

    private static readonly Currency[] Currencies = [Currency.CNY, Currency.USD, Currency.JPY, Currency.FromCode("KWD"), Currency.EUR];

    /// <summary>A column declaration of one of the kinds: text, integer (with or without unit), decimal (with unit),
    /// money (in one currency, or each cell in its own), share, ratio, day, partial date, flag.</summary>
    private static Gen<TableColumn> Column(int i) =>
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, Units.Length], Gen.Int[0, Currencies.Length]).Select((kind, unit, currency) =>
        {
            string name = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (ColumnKind)kind switch
            {
                ColumnKind.Integer => new TableColumn(name, ColumnKind.Integer, unit == 0 ? null : Units[unit - 1]),
                ColumnKind.Decimal => new TableColumn(name, ColumnKind.Decimal, Units[Math.Max(unit, 1) - 1]),
                ColumnKind.Money => new TableColumn(name, ColumnKind.Money, null, currency == 0 ? null : Currencies[currency - 1]),
                ColumnKind k => new TableColumn(name, k),
            };
        });

    /// <summary>Random tables: 1 to 6 columns of every kind, 0 to 8 rows, about a fifth of the cells null, 0 to 3 notes.</summary>
    public static Gen<ResultTable> Tables(Gen<decimal> decimals) =>
        Gen.Int[1, 6].SelectMany(n =>
        {
            Gen<TableColumn[]> columns = Gen.Const(Array.Empty<TableColumn>());
            for (int i = 0; i < n; i++)
            {
                columns = Gen.Select(columns, Column(i)).Select((cs, c) => (TableColumn[])[.. cs, c]);
            }

            return columns.SelectMany(cols => Gen.Select(Row(cols, decimals).Array[0, 8], Text.Array[0, 3], Text)
                .Select((rows, notes, name) => new ResultTable("t" + name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), cols, rows, notes)));
        });

    private static Gen<decimal> ModerateDecimal() =>
        Gen.Select(Gen.Long[-999_999_999_999_999_999, 999_999_999_999_999_999], Gen.Int[0, 18])
            .Select((units, scale) => new decimal((int)(Math.Abs(units) & 0xFFFFFFFF), (int)(Math.Abs(units) >> 32), 0, units < 0, (byte)scale));

    private static Gen<object?[]> Row(TableColumn[] columns, Gen<decimal> decimals)
    {
        Gen<object?[]> row = Gen.Const(Array.Empty<object?>());
        foreach (TableColumn column in columns)
        {
            row = Gen.Select(row, Cell(column, decimals)).Select((cells, cell) => (object?[])[.. cells, cell]);
        }

        return row;
    }

    private static Gen<object?> Cell(TableColumn column, Gen<decimal> decimals)
    {
        Gen<object?> value = column.Kind switch
        {
            ColumnKind.Text => Text.Select(x => (object?)x),
            ColumnKind.Integer => Choose(Gen.Long, Gen.Long[-3000, 3000], Gen.Int[0, 1].Select(i => i == 0 ? long.MinValue : long.MaxValue)).Select(x => (object?)x),
            ColumnKind.Decimal => decimals.Select(x => (object?)x),
            ColumnKind.Date => Dates.Select(x => (object?)x),
            ColumnKind.Money => Gen.Select(decimals, Gen.Int[0, Currencies.Length - 1]).Select((x, c) => (object?)Money.Of(x, column.Currency ?? Currencies[c])),
            ColumnKind.Share => Gen.Select(Gen.Int[0, 100], Gen.Int[0, 9999], Gen.Int[0, 4]).Select((whole, part, scale) =>
                (object?)Share.FromPercent(Math.Min(100m, whole + (new decimal(part, 0, 0, false, (byte)scale) / 10000m)))),
            ColumnKind.Ratio => decimals.Select(x => (object?)Ratio.Of(Math.Abs(x))),
            ColumnKind.PartialDate => PartialDates.Select(x => (object?)x),
            _ => Gen.Bool.Select(x => (object?)x),
        };
        return Gen.Int[0, 4].SelectMany(i => i == 0 ? Gen.Const((object?)null) : value);
    }

    private static Gen<T> Choose<T>(params Gen<T>[] gens) => Gen.Int[0, gens.Length - 1].SelectMany(i => gens[i]);
}
