using System;
using System.IO;
using System.Linq;
using System.Text;
using AiRace.Core.Data;
using AiRace.Core.Data.Reading;
using AiRace.Core.Policy;
using AiRace.Core.Text;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// The parse keeps a string or number whose text is exactly a decimal's invariant text as that decimal, not as a
/// string (at most 28 digits besides a lone leading 0): its text reads back unchanged, its value is the one <see cref="ExactDecimal"/> reads (scale included), every
/// other text stays a string, a copied value keeps it, and a whole dataset loads with the same amounts.
/// </summary>
public class Stop65DecimalRowsTests
{
    private static JsonTreeNode Parse(string json)
    {
        var problems = new ProblemCollector();
        JsonTreeNode? node = JsonTree.Parse(Encoding.UTF8.GetBytes(json), problems);
        problems.Count.Should().Be(0);
        return node!.Value;
    }

    [Theory]
    [InlineData("\"1250000.50\"", true)]
    [InlineData("1250000.50", true)]
    [InlineData("\"-3\"", true)]
    [InlineData("\"0\"", true)]
    [InlineData("\"0.5\"", true)]
    [InlineData("\"0.0000000000000000000000000001\"", true)]
    [InlineData("\"7922816251426433759354395033\"", true)]
    [InlineData("\"-792281625142643375935439503.3\"", true)]
    [InlineData("\"0.1000000000000000000000000000\"", true)]
    [InlineData("\"79228162514264337593543950335\"", false)]
    [InlineData("\"7922816251426433759354395033.5\"", false)]
    [InlineData("\"1.0000000000000000000000000000\"", false)]
    [InlineData("\"-0.00\"", false)]
    [InlineData("\"-\"", false)]
    [InlineData("\"-.5\"", false)]
    [InlineData("\"79228162514264337593543950336\"", false)]
    [InlineData("\"0.00000000000000000000000000001\"", false)]
    [InlineData("\"007\"", false)]
    [InlineData("\"-0\"", false)]
    [InlineData("-0", false)]
    [InlineData("\"-0.5\"", true)]
    [InlineData("\".5\"", false)]
    [InlineData("\"5.\"", false)]
    [InlineData("\"+5\"", false)]
    [InlineData("\"1,000\"", false)]
    [InlineData("1e3", false)]
    [InlineData("1E-2", false)]
    [InlineData("\"1\\u0030\"", false)]
    [InlineData("\"12-34\"", false)]
    [InlineData("\"2024-05-01\"", false)]
    [InlineData("\"1.2.3\"", false)]
    [InlineData("\"\"", false)]
    [InlineData("\"gen-12\"", false)]
    [InlineData("\"123456789012345678901234567890123\"", false)]
    public void ATextThatIsADecimalsOwnText_IsKeptAsThatDecimal_AndReadsBackUnchanged(string json, bool kept)
    {
        JsonTreeNode value = Parse("{\"v\":" + json + "}").Property("v")!.Value;
        string text = json.StartsWith('"') ? json[1..^1].Replace("\\u0030", "0", StringComparison.Ordinal) : json;

        value.Text.Should().Be(text);
        value.TryGetDecimal(out decimal read).Should().Be(kept);
        if (kept)
        {
            ExactDecimal.TryParse(text, allowGroups: false, out decimal expected, out _, out _).Should().BeTrue();
            decimal.GetBits(read).Should().Equal(decimal.GetBits(expected), "the scale too");
            read.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(text);
        }
        else
        {
            read.Should().Be(0m);
        }
    }

    [Fact]
    public void AValueCopiedIntoAnOverlay_KeepsItsDecimalsAndTexts()
    {
        JsonTreeNode baseObject = Parse("""{"a":"100.50","b":[7,"x",{"c":"-2.25"}],"d":"007"}""");
        JsonTreeNode changes = Parse("""{"d":"8.000"}""");

        JsonTreeNode merged = JsonTreeDocument.Overlay(baseObject, changes, 3);

        merged.Property("a")!.Value.TryGetDecimal(out decimal a).Should().BeTrue();
        decimal.GetBits(a).Should().Equal(decimal.GetBits(100.50m));
        merged.Property("a")!.Value.Text.Should().Be("100.50");
        JsonTreeNode[] items = [.. merged.Property("b")!.Value.Items];
        items[0].Text.Should().Be("7");
        items[0].Kind.Should().Be(JsonKind.Number);
        items[1].TryGetDecimal(out _).Should().BeFalse();
        items[2].Property("c")!.Value.Text.Should().Be("-2.25");
        merged.Property("d")!.Value.Text.Should().Be("8.000");
        merged.Property("d")!.Value.TryGetDecimal(out decimal d).Should().BeTrue();
        decimal.GetBits(d).Should().Equal(decimal.GetBits(8.000m));
    }

    [Fact]
    public void TheEmbeddedDataset_WrittenAndLoaded_HasTheSameAmountsToTheLastDecimal()
    {
        PolicyDataset embedded = PolicyData.Embedded;
        using var stream = new MemoryStream();
        PolicyDataWriter.Write(embedded, stream, indented: false);

        PolicyDataset loaded = PolicyData.Load(stream.ToArray());

        loaded.Programmes.Should().HaveCount(embedded.Programmes.Count);
        for (int i = 0; i < embedded.Programmes.Count; i++)
        {
            Programme before = embedded.Programmes[i], after = loaded.Programmes[i];
            after.Id.Should().Be(before.Id);
            (after.Headline?.ToString()).Should().Be(before.Headline?.ToString());
            if (before.Headline is { } headline)
            {
                decimal.GetBits(after.Headline!.Amount.Amount).Should().Equal(decimal.GetBits(headline.Amount.Amount), "{0}", before.Id);
            }

            after.Parts.Select(p => decimal.GetBits(p.Amount.Amount.Amount).Sum()).Should().Equal(before.Parts.Select(p => decimal.GetBits(p.Amount.Amount.Amount).Sum()));
        }
    }

    [Fact]
    public void ANumberWrittenWithALeadingZero_IsStillReportedWithItsText()
    {
        string json = """{"formatVersion":1,"sources":[{"id":"s1","title":"T","publisher":"P","url":"https://example.org/a","accessed":"2024-01-01","kind":"official"}],"programmes":[{"id":"p1","name":"P","sponsorKind":"state","jurisdictionId":"CN","instruments":["computeSubsidy"],"statusHistory":[{"status":"announced","date":"2024","sources":[{"sourceId":"s1","quote":"q"}]}],"headline":{"qualifier":"exact","amount":"007","currency":"CNY"},"sources":[{"sourceId":"s1","quote":"q"}]}]}""";

        PolicyDataException error = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json));

        error.Problems.Select(p => p.Message).Should().Contain(m => m.Contains("\"007\"", StringComparison.Ordinal) && m.Contains("leading zero", StringComparison.Ordinal));
    }
}
