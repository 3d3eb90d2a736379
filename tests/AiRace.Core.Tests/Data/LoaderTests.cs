using System.Text;
using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Data;

public class LoaderTests
{
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void All_problems_are_reported_at_once_in_document_order()
    {
        string json = MalformedDocumentTests.Valid
            .Replace("\"confidence\":\"high\"", "\"confidence\":\"sure\"", StringComparison.Ordinal)
            .Replace("\"amount\":\"1000\"", "\"amount\":\"-1000\"", StringComparison.Ordinal)
            .Replace("\"year\":2027", "\"year\":2020", StringComparison.Ordinal);

        PolicyDataException ex = Assert.Throws<PolicyDataException>(() => PolicyData.Load(new MemoryStream(Utf8(json))));

        ex.Problems.Select(p => p.Path).Should().Equal(
            "$.sources[0].confidence",
            "$.programmes[0].headline.amount",
            "$.targets[0].goal.year");
        ex.Message.Should().Contain("3 problems; nothing was loaded");
        ex.Message.Should().Contain("$.targets[0].goal.year (line ");
    }

    [Fact]
    public void Problems_carry_the_exact_line_and_column()
    {
        string json = "{\n  \"formatVersion\": 1,\n  \"metrics\": [\n    {\"färbe\": 1, \"id\": \"m1\", \"name\": \"x\", \"valueKind\": \"percent\"}\n  ]\n}";

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(json));

        problems.Should().HaveCount(2);
        problems[0].Path.Should().Be("$.metrics[0]['färbe']");
        problems[0].Line.Should().Be(4);
        problems[0].Column.Should().Be(6);
        problems[0].ToString().Should().StartWith("$.metrics[0]['färbe'] (line 4, column 6): Unknown property \"färbe\" in a metric");
        problems[1].Should().Be(new DataProblem("$.metrics[0].valueKind", 4, 56, "\"valueKind\" must be one of share, ratio, money, number; found the string \"percent\"."), "columns count characters, not UTF-8 bytes (byte 57)");
    }

    [Fact]
    public void Syntax_errors_report_their_position()
    {
        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8("{\n  \"formatVersion\": 1,\n  \"sources\": [,]\n}"));

        problems.Should().ContainSingle().Which.Line.Should().Be(3);
        problems[0].Message.Should().StartWith("The document is not valid JSON:");
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        PolicyData.Validate(ReadOnlySpan<byte>.Empty).Should().ContainSingle().Which.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Load_reads_a_users_dataset_from_a_stream_and_from_a_file()
    {
        PolicyDataset fromStream = PolicyData.Load(new MemoryStream(Utf8(MalformedDocumentTests.Valid)));
        string file = Path.Combine(Path.GetTempPath(), $"airace-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, MalformedDocumentTests.Valid);
        try
        {
            PolicyDataset fromFile = PolicyData.LoadFile(file);

            fromFile.Programme("p1").Headline!.Amount.Should().Be(Money.Cny(1000));
            fromStream.Programme("p1").Parts.Single().Amount.Amount.Should().Be(Money.Cny(600));
            fromStream.Targets.Single().ChangeInPoints.Should().Be(PercentagePoints.Of(38));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_users_dataset_can_extend_the_embedded_one_and_refer_to_its_ids()
    {
        const string json = """
        {
          "formatVersion": 1,
          "sources": [{"id":"my-note","title":"My note","published":"2025-08-01","locator":"notes.md","confidence":"medium"}],
          "programmes": [{"id":"my-sh-extra","name":"Extra compute vouchers","sponsorKind":"state","jurisdiction":"CN-SH",
            "instruments":["computeSubsidy"],"parent":"cn-sh-ai-subsidy-package",
            "headline":{"qualifier":"upTo","amount":"50000000","currency":"CNY"},
            "sources":[{"source":"my-note","quote":"up to 50 million yuan"}]}]
        }
        """;

        PolicyDataset merged = PolicyData.Load(new MemoryStream(Utf8(json)), PolicyData.Embedded);

        merged.Programmes.Should().HaveCount(PolicyData.Embedded.Programmes.Count + 1);
        merged.ChildProgrammes("cn-sh-ai-subsidy-package").Single().Id.Should().Be("my-sh-extra");
        merged.ProgrammesIn("CN-SH").Select(p => p.Id).Should().Contain(["cn-sh-ai-subsidy-package", "my-sh-extra"]);
        merged.Source("my-note").Published.Should().Be(PartialDate.OfDay(2025, 8, 1));
    }

    [Fact]
    public void Standalone_loading_of_a_document_that_refers_to_embedded_ids_fails_with_unknown_references()
    {
        const string json = """{"formatVersion":1,"claims":[{"id":"x","topic":"t","subject":"CN","statement":"s","sources":[{"source":"seed-001","quote":"q"}]}]}""";

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(json));

        problems.Select(p => p.Message).Should().Equal(
            "Unknown jurisdiction, actor or programme \"CN\": no jurisdiction, actor or programme with this id is defined.",
            "Unknown source \"seed-001\": no source with this id is defined (in a citation of the claim \"x\").");
        PolicyData.Validate(Utf8(json), PolicyData.Embedded).Should().BeEmpty();
    }

    [Fact]
    public void Extending_refuses_ids_the_embedded_dataset_already_has()
    {
        const string json = """{"formatVersion":1,"metrics":[{"id":"semiconductor-self-sufficiency","name":"dup","valueKind":"share"}]}""";

        PolicyDataException ex = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json, PolicyData.Embedded));

        ex.Problems.Single().Message.Should().Be("Duplicate id \"semiconductor-self-sufficiency\": the dataset being extended already has a metric with this id.");
        ex.Problems.Single().Path.Should().Be("$.metrics[0].id");
    }

    [Fact]
    public void Merge_combines_datasets_and_refuses_clashing_ids()
    {
        PolicyDataset mine = PolicyData.Parse(MalformedDocumentTests.Valid);

        PolicyDataset merged = PolicyData.Embedded.Merge(PolicyData.Parse("""{"formatVersion":1,"sources":[{"id":"other","published":"unknown","locator":"x","confidence":"low"}]}"""));
        merged.Sources.Should().HaveCount(6);

        Action clash = () => mine.Merge(mine);
        clash.Should().Throw<PolicyDataException>().Which.Problems.Should().Contain(p => p.Message == "Duplicate id \"p1\": both datasets define it.");
    }

    [Fact]
    public void Embedded_dataset_is_loaded_once_and_shared()
    {
        PolicyData.Embedded.Should().BeSameAs(PolicyData.Embedded);
    }
}

public class LoaderEncodingTests
{
    [Fact]
    public void Invalid_utf8_is_reported_with_its_position()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"formatVersion\": 1, \"x\": \"a"), 0xA0, .. Encoding.UTF8.GetBytes("\"\n}")];

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(bytes);

        problems.Should().ContainSingle().Which.Should().Be(new DataProblem("$", 2, 30, "The document is not valid UTF-8: byte 0xA0 at offset 31 does not start a valid character."));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(MalformedDocumentTests.Valid)];

        PolicyData.Validate(bytes).Should().BeEmpty();
    }
}

public class LoaderCultureTests
{
    [Theory]
    [MemberData(nameof(AiRace.Core.Tests.CultureScope.Cultures), MemberType = typeof(AiRace.Core.Tests.CultureScope))]
    public void Loading_and_writing_do_not_depend_on_the_current_culture(string culture)
    {
        string invariant = PolicyData.ToJson(PolicyData.Embedded);
        using var scope = new AiRace.Core.Tests.CultureScope(culture);

        PolicyDataset loaded = PolicyData.Parse(PolicyData.EmbeddedJson);

        PolicyData.ToJson(loaded).Should().Be(invariant);
        loaded.Programme("cn-ai-investment-fund").Headline!.SourceConversion!.Amount.Should().Be(Money.Billions(8.2m, Currency.USD));
        PolicyData.Validate(Encoding.UTF8.GetBytes(MalformedDocumentTests.Valid.Replace("\"17%\"", "\"17,5%\"", StringComparison.Ordinal)))
            .Should().ContainSingle().Which.Message.Should().Contain("unexpected character ','");
    }
}
