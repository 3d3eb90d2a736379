using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Issue 16 §3: any result table can list the sources behind it as a citation list.</summary>
public class TableCitationsTests
{
    private static readonly NormalisationResult Usd2024 =
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(PolicyData.Embedded.Programmes, NormalisationBasis.AtAnnualAverage(2024));

    [Fact]
    public void AnAggregationTable_ListsItsFacts_AndTheSourcesBehindThem()
    {
        PolicyDataset data = PolicyData.Embedded;
        ResultTable table = Aggregation.Of(Usd2024, data, AggregationKey.Country).ToTable();
        table.Facts.Should().Contain(new[] { "cn-ai-industry-development-action-plan", "us-stargate-project", "cn-sh-ai-subsidy-package.research-institutions", "o-cn-plan-fund", "o-cn-plan-hangzhou", "a-cn-programmes-overlap" });
        table.Facts.Should().OnlyHaveUniqueItems();

        CitationList citations = table.Citations(data);
        citations.Select(c => c.Source.Id).Should().BeEquivalentTo("seed-000", "seed-001", "seed-002", "seed-003", "seed-004");
        citations.Single(c => c.Source.Id == "seed-004").Quotes.Should().Contain("a 60 billion yuan ($8.2 billion) investment fund aimed at bolstering the industry");
        string markdown = citations.ToMarkdown();
        markdown.Should().StartWith("1. ").And.Contain("`o-cn-plan-fund`");
        using JsonDocument csl = JsonDocument.Parse(citations.ToCslJson());
        csl.RootElement.GetArrayLength().Should().Be(5);
    }

    [Fact]
    public void EveryAnalysisTable_RecordsTheFactsItRestsOn()
    {
        PolicyDataset data = PolicyData.Embedded;
        Usd2024.ToTable().Citations(data).Should().NotBeEmpty();
        Usd2024.ToTable().Facts.Should().HaveCount(data.Programmes.Count, "converted and unconverted programmes alike");
        ProgrammeComparison.RankTable(Usd2024.Items).Facts.Should().Equal(ProgrammeComparison.Rank(Usd2024.Items).Select(r => r.Programme.Id));
        ConversionAudit.Of(data, ReferenceRates.FederalReserveH10, 1m).ToTable().Citations(data).Select(c => c.Source.Id)
            .Should().BeEquivalentTo("seed-000", "seed-001", "seed-004");
        FundAudit.ToTable(new[] { FundAudit.Audit(data.Programme("cn-sh-ai-subsidy-package"), data) }).Facts.Should().Contain("cn-sh-ai-subsidy-package.compute");
        TargetPath.For(data.Targets.Single(t => t.Id == "t-bernstein-domestic-chip-share-2027")).ToTable().Citations(data)
            .Single().Quotes.Should().NotBeEmpty();
        DatasetTables.Sources(data).Citations(data).Should().HaveCount(data.Sources.Count);
        DatasetTables.Claims(data).Facts.Should().HaveCount(data.Claims.Count);
    }

    [Fact]
    public void AnOverride_AddsItsSources_ToTheCitationsOfATable()
    {
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "my-note", "title": "City notice", "published": "2025-07-26", "locator": "notice.pdf", "confidence": "high" } ],
              "overrides": [ { "id": "ov-sh-date", "fact": "cn-sh-ai-subsidy-package",
                               "set": { "status": [ { "status": "announced", "date": "2025-07-26", "sources": [ { "source": "my-note", "quote": "announced on 26 July" } ] } ] },
                               "reason": "The article gives no date; the notice does.", "sources": [ { "source": "my-note", "quote": "announced on 26 July" } ] } ] }
            """, PolicyData.Embedded);
        NormalisationResult at = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD)
            .NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4)));
        at.Items.Select(i => i.Programme.Id).Should().Equal("cn-sh-ai-subsidy-package");
        at.ToTable().Citations(data).Select(c => c.Source.Id).Should().Contain("my-note");
    }

    [Fact]
    public void Facts_SurviveTheCsvSidecar_AndTheSchemaSaysThem()
    {
        ResultTable table = Aggregation.Of(Usd2024, PolicyData.Embedded, AggregationKey.SponsorKind).ToTable();
        var csv = new StringWriter();
        var schema = new StringWriter();
        CsvExport.Write(table, csv);
        CsvExport.WriteSchema(table, schema);
        schema.ToString().Should().Contain("\"facts\"");
        ResultTable back = CsvExport.Read(new StringReader(csv.ToString()), new StringReader(schema.ToString()));
        back.Facts.Should().Equal(table.Facts);
        back.ContentEquals(table).Should().BeTrue();

        var without = new ResultTableBuilder("t");
        without.Text("a");
        without.Build().Schema.ToJson().Should().NotContain("facts", "a table without facts writes the schema as before");
    }

    [Fact]
    public void The_schema_is_written_as_indented_json_in_a_fixed_form()
    {
        var b = new ResultTableBuilder("t");
        TableColumn<Money> value = b.Money("value", Currency.USD);
        b.Decimal("rate", "CNY per USD");
        b.AddRow().Set(value, Money.Usd(1m));
        ResultTable table = b.Note("Café \"+\" <note>").Facts(["cn-a", "us-b"]).Build();

        string nl = Environment.NewLine;
        table.Schema.ToJson().Should().Be(string.Join(nl,
            "{",
            "  \"name\": \"t\",",
            "  \"columns\": [",
            "    {",
            "      \"name\": \"value\",",
            "      \"kind\": \"Money\",",
            "      \"currency\": \"USD\"",
            "    },",
            "    {",
            "      \"name\": \"rate\",",
            "      \"kind\": \"Decimal\",",
            "      \"unit\": \"CNY per USD\"",
            "    }",
            "  ],",
            "  \"notes\": [",
            "    \"Caf\\u00E9 \\u0022\\u002B\\u0022 \\u003Cnote\\u003E\"",
            "  ],",
            "  \"facts\": [",
            "    \"cn-a\",",
            "    \"us-b\"",
            "  ]",
            "}"));
        TableSchema.TryParse(table.Schema.ToJson(), out TableSchema? back, out _).Should().BeTrue();
        back!.Notes.Should().Equal("Café \"+\" <note>");
    }

    [Fact]
    public void BadFacts_AreRefused_WithTheTableNamed()
    {
        TableSchema.TryParse("""{"name":"t","columns":[{"name":"a","kind":"Text"}],"notes":[],"facts":[1]}""", out _, out IReadOnlyList<string> problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.Should().Contain("\"facts\" must be an array of strings");
        Action twice = () => new ResultTable("t", new[] { new TableColumn("a", ColumnKind.Text) }, Array.Empty<IReadOnlyList<object?>>(), Array.Empty<string>(), new[] { "x", "x" });
        twice.Should().Throw<ArgumentException>().WithMessage("Table 't' lists the fact 'x' twice.*");
        var builder = new ResultTableBuilder("t").Facts(new[] { "not-in-the-dataset" });
        builder.Text("a");
        ResultTable other = builder.Build();
        Action elsewhere = () => other.Citations(PolicyData.Embedded);
        elsewhere.Should().Throw<KeyNotFoundException>().WithMessage("*not-in-the-dataset*");
    }
}
