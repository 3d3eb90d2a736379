using System.Globalization;
using AiRace.Core.Analysis;
using AiRace.Core.Policy;
using CsCheck;

namespace AiRace.Core.Tests.Analysis;

/// <summary><see cref="ResultTable.TryGetFieldValue{T}"/>: one field's value of a row, typed, equal to what
/// <see cref="ResultTable.FieldValues"/> writes, without allocating for a cell that is not text.</summary>
public class TypedFieldValueTests
{
    private static ResultTable Table(int rows = 4)
    {
        var cells = new List<IReadOnlyList<object?>>();
        for (int r = 0; r < rows; r++)
        {
            cells.Add(r % 4 == 3
                ? [null, null, null, null, null, null, null, null, null, null]
                : [
                    "row " + r,
                    (long)r - 2,
                    Money.Of(r + 0.5m, r % 2 == 0 ? Currency.USD : Currency.CNY),
                    Money.Of(-r - 0.25m, Currency.EUR),
                    Share.FromPercent(12.5m + (r % 80)),
                    Ratio.Of(1.75m * r),
                    1.000m * r,
                    new DateOnly(2024, 2, 28).AddDays(r),
                    r % 2 == 0,
                    r % 3 == 0 ? PartialDate.OfMonth(2025, 7) : PartialDate.OfDay(2024, 1 + (r % 12), 1 + (r % 28)),
                ]);
        }

        return new ResultTable(
            "typed",
            [
                new TableColumn("label", ColumnKind.Text),
                new TableColumn("count", ColumnKind.Integer, "items"),
                new TableColumn("amount", ColumnKind.Money),
                new TableColumn("euros", ColumnKind.Money, currency: Currency.EUR),
                new TableColumn("share", ColumnKind.Share),
                new TableColumn("ratio", ColumnKind.Ratio),
                new TableColumn("measure", ColumnKind.Decimal, "units"),
                new TableColumn("day", ColumnKind.Date),
                new TableColumn("flag", ColumnKind.Boolean),
                new TableColumn("published", ColumnKind.PartialDate),
            ],
            cells);
    }

    private static object? Typed(ResultTable table, int row, int field) => table.Fields[field].Type switch
    {
        FieldType.Text => table.TryGetFieldValue(row, field, out string? s) ? s : null,
        FieldType.Integer => table.TryGetFieldValue(row, field, out long l) ? l : null,
        FieldType.Date => table.TryGetFieldValue(row, field, out DateOnly d) ? d : null,
        FieldType.Boolean => table.TryGetFieldValue(row, field, out bool b) ? b : null,
        _ => table.TryGetFieldValue(row, field, out decimal m) ? m : null,
    };

    [Fact]
    public void EveryFieldOfEveryRow_IsTheValueFieldValuesWrites()
    {
        ResultTable table = Table(8);
        var buffer = new object?[table.Fields.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            table.FieldValues(r, buffer);
            for (int f = 0; f < table.Fields.Count; f++)
            {
                Typed(table, r, f).Should().Be(buffer[f], $"row {r}, field '{table.Fields[f].Header}'");
            }
        }
    }

    [Fact]
    public void ANullCell_IsFalse_ForEachOfItsFields()
    {
        ResultTable table = Table();

        table.TryGetFieldValue(3, 2, out decimal amount).Should().BeFalse();
        amount.Should().Be(0m);
        table.TryGetFieldValue(3, 3, out string? code).Should().BeFalse();
        code.Should().BeNull();
    }

    [Fact]
    public void ReadingDecimalsLongsDatesAndFlags_AllocatesNothing()
    {
        ResultTable table = Table(400);
        int[] fields = Enumerable.Range(0, table.Fields.Count).Where(f => table.Fields[f].Type is not FieldType.Text).ToArray();
        decimal sum = Sum(table, fields);

        long before = GC.GetAllocatedBytesForCurrentThread();
        decimal again = Sum(table, fields);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        again.Should().Be(sum);
        allocated.Should().Be(0, "money amounts, shares and ratios are read as decimals without a box");
    }

    private static decimal Sum(ResultTable table, int[] fields)
    {
        decimal sum = 0m;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            foreach (int f in fields)
            {
                sum += table.Fields[f].Type switch
                {
                    FieldType.Integer => table.TryGetFieldValue(r, f, out long l) ? l : 0,
                    FieldType.Date => table.TryGetFieldValue(r, f, out DateOnly d) ? d.DayNumber : 0,
                    FieldType.Boolean => table.TryGetFieldValue(r, f, out bool b) && b ? 1 : 0,
                    _ => table.TryGetFieldValue(r, f, out decimal m) ? m : 0m,
                };
            }
        }

        return sum;
    }

    [Fact]
    public void EveryFieldOfRandomTables_IsTheValueFieldValuesWrites_ScaleIncluded()
    {
        Check.Sample(ExportGen.Tables(ExportGen.AnyDecimal), table =>
        {
            var written = new object?[table.Fields.Count];
            for (int r = 0; r < table.Rows.Count; r++)
            {
                table.FieldValues(r, written);
                for (int f = 0; f < table.Fields.Count; f++)
                {
                    // As text, so that 1.0 and 1.00 (equal decimals) differ.
                    string typed = Convert.ToString(Typed(table, r, f), CultureInfo.InvariantCulture) ?? "null";
                    string expected = Convert.ToString(written[f], CultureInfo.InvariantCulture) ?? "null";
                    typed.Should().Be(expected, "row {0}, field '{1}' ({2})", r, table.Fields[f].Header, table.Fields[f].Type);
                }
            }
        }, iter: 2_000);
    }

    [Fact]
    public void ATypeThatIsNotTheFieldsType_IsRefusedNamingBoth()
    {
        ResultTable table = Table();

        FluentActions.Invoking(() => table.TryGetFieldValue(0, 2, out double _)).Should().Throw<ArgumentException>()
            .WithParameterName("T").WithMessage("*'amount'*Decimal*Double*");
        FluentActions.Invoking(() => table.TryGetFieldValue(0, 3, out decimal _)).Should().Throw<ArgumentException>()
            .WithParameterName("T").WithMessage("*'amount_currency'*Text*String*Decimal*");
    }

    [Fact]
    public void ARowOrFieldTheTableDoesNotHave_IsOutOfRange()
    {
        ResultTable table = Table();

        FluentActions.Invoking(() => table.TryGetFieldValue(4, 0, out string? _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("row");
        FluentActions.Invoking(() => table.TryGetFieldValue(-1, 0, out string? _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("row");
        FluentActions.Invoking(() => table.TryGetFieldValue(0, table.Fields.Count, out string? _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("field");
        FluentActions.Invoking(() => table.TryGetFieldValue(0, -1, out string? _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("field");
    }
}
