using AiRace.Core.Analysis;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Types documented immutable hand out lists no caller can write into (a cast to <see cref="IList{T}"/> or
/// to an array changes nothing), and a table refuses a row it does not have with ArgumentOutOfRangeException.</summary>
public class ReadOnlyResultsTests
{
    private static readonly SourceReference Src = new("src-1", "the quote");

    /// <summary>Whether writing an item back through <see cref="IList{T}"/> succeeds.</summary>
    private static bool CanWrite<T>(IReadOnlyList<T> list)
    {
        if (list is not IList<T> writable || list.Count == 0)
        {
            return false;
        }

        try
        {
            writable[0] = writable[0];
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private static ResultTable Table()
    {
        var b = new ResultTableBuilder("t");
        TableColumn<M> money = b.Money("money", Currency.CNY);
        TableColumn<string> text = b.Text("text");
        b.AddRow().Set(money, M.Cny(1m)).Set(text, "a");
        b.AddRow().Set(money, M.Cny(2m)).Set(text, "b");
        return b.Note("a note").Facts(["f1"]).Build();
    }

    [Fact]
    public void Currency_All_cannot_be_written_through_its_interface()
    {
        CanWrite(Currency.All).Should().BeFalse();
        Currency.All[0].Should().Be(Currency.XXX);
    }

    [Fact]
    public void ResultTable_row_cannot_be_cast_to_an_array_and_changed()
    {
        ResultTable t = Table();
        t.Rows[0].Should().NotBeAssignableTo<object?[]>();
        CanWrite(t.Rows[0]).Should().BeFalse("a cell set through the row would bypass the column check");
        t.Cell(0, "money").Should().Be(M.Cny(1m));
    }

    [Fact]
    public void ResultTable_lists_cannot_be_written_through_their_interface()
    {
        ResultTable t = Table();
        CanWrite(t.Rows).Should().BeFalse();
        CanWrite(t.Columns).Should().BeFalse();
        CanWrite(t.Fields).Should().BeFalse();
        CanWrite(t.Notes).Should().BeFalse();
        CanWrite(t.Facts).Should().BeFalse();
        CanWrite(t.Schema.Columns).Should().BeFalse();
        TableSchema schema = new("s", t.Columns, ["n"], ["f"]);
        CanWrite(schema.Columns).Should().BeFalse();
        CanWrite(schema.Notes).Should().BeFalse();
        CanWrite(schema.Facts).Should().BeFalse();
        CanWrite(schema.Fields).Should().BeFalse();
    }

    [Fact]
    public void ResultTable_rows_read_as_before()
    {
        ResultTable t = Table();
        t.Rows.Should().HaveCount(2);
        t.Rows.Select(r => r[1]).Should().Equal("a", "b");
        t.Rows.ToList().Should().HaveCount(2);
        t.Rows[1].Should().Equal(M.Cny(2m), "b");
        t.ContentEquals(new ResultTable(t.Name, t.Columns, t.Rows, t.Notes, t.Facts)).Should().BeTrue();
    }

    [Fact]
    public void ResultTable_row_read_twice_is_the_same_object_as_when_rows_were_arrays()
    {
        ResultTable t = Table();
        t.Rows[0].Should().BeSameAs(t.Rows[0]);
        t.Rows.ToList().IndexOf(t.Rows[1]).Should().Be(1);
        t.Rows.Should().Contain(t.Rows[0]);
    }

    [Fact]
    public void ResultTable_Cell_of_a_row_it_does_not_have_throws_ArgumentOutOfRange_naming_the_rows()
    {
        ResultTable t = Table();
        FluentActions.Invoking(() => t.Cell(2, "money")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("row")
            .WithMessage("Table 't' has 2 rows, numbered from 0; there is no row 2.*");
        FluentActions.Invoking(() => t.Cell(-1, "money")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("row");
    }

    [Fact]
    public void ResultTable_FieldValues_of_a_row_it_does_not_have_throws_ArgumentOutOfRange()
    {
        ResultTable t = Table();
        var buffer = new object?[t.Fields.Count];
        FluentActions.Invoking(() => t.FieldValues(2, buffer)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("row");
        FluentActions.Invoking(() => t.FieldValues(-1, buffer)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("row");
        XmlDocs.Exceptions("M:AiRace.Core.Analysis.ResultTable.FieldValues(System.Int32,System.Object[])").Should().Contain("T:System.ArgumentOutOfRangeException");
    }

    [Fact]
    public void TargetPath_points_cannot_be_written_through_their_interface()
    {
        var target = new Target("t", "m", "cn", MetricValue.Of(Share.FromPercent(10m)), 2020, MetricValue.Of(Share.FromPercent(40m)), 2030, TargetKind.OfficialTarget, null, null, [Src]);
        CanWrite(TargetPath.For(target).Points).Should().BeFalse();
    }

    [Fact]
    public void PartsCheck_lists_cannot_be_written_through_their_interface()
    {
        var parts = new Allocation[]
        {
            new("u", AllocationPurpose.Compute, "unclear", ReportedAmount.Exact(M.Cny(10m)), PartMembership.Unclear, null, [Src]),
            new("x", AllocationPurpose.Compute, "additional", ReportedAmount.Exact(M.Cny(10m)), PartMembership.Additional, null, [Src]),
        };
        var p = new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, ReportedAmount.Exact(M.Cny(100m)), null, parts, [Src]);
        PartsCheck check = p.CheckParts();
        CanWrite(check.Unclear).Should().BeFalse();
        CanWrite(check.Additional).Should().BeFalse();
        check.Problems.Should().NotBeAssignableTo<string[]>();
    }
}
