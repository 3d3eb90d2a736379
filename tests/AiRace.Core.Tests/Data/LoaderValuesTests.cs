using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// What the readers keep of a valid document and how they name what is wrong (found by the loader's mutation runs,
/// tests/README.md): every optional property of every kind of fact read into the model as written, the name each kind
/// of object has in a problem, and an error of a fact's constructor located at the property it came from.
/// </summary>
public class LoaderValuesTests
{
    private const string Ref = """[{"source":"s1","quote":"q"}]""";

    /// <summary>A document with every optional property of every kind of fact, each with its own value.</summary>
    private const string Full = $$$"""
    {
      "formatVersion": 1,
      "sources": [{"id":"s1","title":"The title","publisher":"The publisher","author":"The author","url":"https://example.org/article",
        "note":"The source's note","published":"2025-07-02","locator":"the web page","confidence":"medium"}],
      "jurisdictions": [
        {"id":"CN","kind":"country","name":"China","sources":[{"source":"s1","quote":"China","locator":"paragraph 2"}]},
        {"id":"CN-SH","kind":"subdivision","name":"Shanghai","parent":"CN"}
      ],
      "actors": [
        {"id":"a1","name":"Analyst","kind":"analystFirm","jurisdiction":"CN","affiliation":"a2","role":"The role",
          "sources":{{{Ref}}},"inferred":[{"field":"role","reason":"The role is inferred"}]},
        {"id":"a2","name":"Parent","kind":"company","sources":{{{Ref}}}}
      ],
      "metrics": [{"id":"m1","name":"Share","valueKind":"share","description":"The metric's description"}],
      "programmes": [
        {"id":"p1","name":"P","description":"The programme's description","sponsorKind":"state","jurisdiction":"CN-SH",
          "actors":[{"actor":"a1","role":"operator"}],"instruments":["subsidy"],
          "status":[{"status":"announced","date":"2025-07","sources":{{{Ref}}}}],
          "period":{"start":"2025","end":"2027-12"},
          "headline":{"qualifier":"approximately","amount":"1000","currency":"CNY","stated":"about 1,000 yuan","precision":"100",
            "sourceConversion":{"qualifier":"approximately","amount":"140","currency":"USD","stated":"about 140 dollars"}},
          "parts":[{"id":"p1.a","purpose":"compute","description":"Compute","membership":"included",
            "amount":{"qualifier":"exact","amount":"600","currency":"CNY","stated":"600 yuan",
              "sourceConversion":{"qualifier":"exact","amount":"84","currency":"USD"}},
            "period":{"length":{"min":"3","max":"5","unit":"years"}},
            "sources":{{{Ref}}},"inferred":[{"field":"membership","reason":"The membership is inferred"}]}],
          "sources":{{{Ref}}},"inferred":[{"field":"description","reason":"The description is inferred"}]},
        {"id":"p2","name":"Q","sponsorKind":"state","jurisdiction":"CN","instruments":["investmentFund"],"sources":{{{Ref}}}}
      ],
      "targets": [{"id":"t1","metric":"m1","subject":"CN","baseline":{"value":{"share":"17%"},"year":2023},
        "goal":{"value":{"share":"55%","qualifier":"atLeast"},"year":2027},"kind":"analystForecast","by":"a1","programme":"p1",
        "note":"The target's note","sources":{{{Ref}}},"inferred":[{"field":"by","reason":"Who set it is inferred"}]}],
      "indicators": [{"id":"i1","metric":"m1","subject":"CN","value":{"share":"83%","qualifier":"approximately"},"observed":"2025",
        "method":"survey","by":"a1","comparator":"the world","comparatorId":"CN-SH","note":"The indicator's note","sources":{{{Ref}}},
        "inferred":[{"field":"comparator","reason":"The comparator is inferred"}]}],
      "claims": [{"id":"c1","topic":"x","subject":"CN","statement":"S","comparator":"CN-SH","by":"a2","sources":{{{Ref}}},
        "inferred":[{"field":"by","reason":"Who said it is inferred"}]}],
      "ambiguities": [{"id":"amb1","question":"Q?","about":["p1","p2"],"readings":["a","b"],"sources":{{{Ref}}}}],
      "overlaps": [{"id":"o1","programmes":["p1","p2"],"reason":"Both may count the same money","ambiguity":"amb1","sources":{{{Ref}}}}]
    }
    """;

    private static DataProblemList Problems(string json, PolicyDataset? extending = null) =>
        PolicyData.Validate(Encoding.UTF8.GetBytes(json), extending);

    private static string Valid(string from, string to)
    {
        MalformedDocumentTests.Valid.Should().Contain(from);
        return MalformedDocumentTests.Valid.Replace(from, to, StringComparison.Ordinal);
    }

    private static string FullWith(string from, string to)
    {
        Full.Should().Contain(from);
        return Full.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_document_read_and_written_again_is_the_same_document()
    {
        PolicyDataset read = PolicyData.Load(new MemoryStream(Encoding.UTF8.GetBytes(PolicyData.EmbeddedJson)));

        JsonNode.DeepEquals(JsonNode.Parse(PolicyData.ToJson(read)), JsonNode.Parse(PolicyData.EmbeddedJson)).Should().BeTrue(
            "every property the embedded document gives is read (the writer writes what the model holds)");
    }

    [Fact]
    public void A_document_with_every_optional_property_is_read_as_written()
    {
        PolicyDataset data = PolicyData.Parse(Full);

        JsonObject written = JsonNode.Parse(PolicyData.ToJson(data))!.AsObject();
        written.Remove("$schema").Should().BeTrue("the writer names the schema, which this document does not");
        JsonNode.DeepEquals(written, JsonNode.Parse(Full)).Should().BeTrue(written.ToJsonString());
    }

    [Fact]
    public void The_optional_properties_of_sources_and_citations_are_read()
    {
        PolicyDataset data = PolicyData.Parse(Full);

        Source source = data.Source("s1");
        (source.Title, source.Publisher, source.Author, source.Note).Should().Be(("The title", "The publisher", "The author", "The source's note"));
        source.Url.Should().Be(new Uri("https://example.org/article"));
        data.Jurisdiction("CN").Sources.Should().ContainSingle().Which.Should().Match<SourceReference>(r =>
            r.SourceId == "s1" && r.Quote == "China" && r.Locator == "paragraph 2");
        data.Jurisdiction("CN-SH").Sources.Should().BeEmpty();
        data.Actor("a2").Sources.Single().Locator.Should().BeNull();

        Source bare = PolicyData.Parse(MalformedDocumentTests.Valid).Source("s1");
        (bare.Publisher, bare.Author, bare.Note, bare.Url).Should().Be(((string?)null, (string?)null, (string?)null, (Uri?)null));
    }

    [Fact]
    public void The_optional_properties_of_actors_metrics_and_programmes_are_read()
    {
        PolicyDataset data = PolicyData.Parse(Full);

        Actor actor = data.Actor("a1");
        (actor.JurisdictionId, actor.AffiliationId, actor.Role).Should().Be(("CN", "a2", "The role"));
        actor.Inferences.Select(i => (i.Field, i.Reason)).Should().Equal(("role", "The role is inferred"));
        Actor bare = data.Actor("a2");
        (bare.JurisdictionId, bare.AffiliationId, bare.Role).Should().Be(((string?)null, (string?)null, (string?)null));
        bare.Inferences.Should().BeEmpty();

        data.Metric("m1").Description.Should().Be("The metric's description");
        PolicyData.Parse(MalformedDocumentTests.Valid).Metric("m1").Description.Should().BeNull();

        Programme programme = data.Programme("p1");
        programme.Description.Should().Be("The programme's description");
        programme.Actors.Select(a => (a.ActorId, a.Role)).Should().Equal(("a1", "operator"));
        programme.Period.Should().NotBeNull();
        (programme.Period!.Start, programme.Period.End).Should().Be((PartialDate.Parse("2025"), PartialDate.Parse("2027-12")));
        programme.Inferences.Select(i => i.Field).Should().Equal("description");
        data.Programme("p2").Description.Should().BeNull();
        data.Programme("p2").Actors.Should().BeEmpty();
    }

    [Fact]
    public void The_stated_words_and_the_sources_conversion_of_headlines_and_parts_are_read()
    {
        Programme programme = PolicyData.Parse(Full).Programme("p1");

        ReportedAmount headline = programme.Headline!;
        headline.StatedText.Should().Be("about 1,000 yuan");
        headline.SourceConversion.Should().NotBeNull();
        headline.SourceConversion!.StatedText.Should().Be("about 140 dollars");
        headline.SourceConversion.Amount.Should().Be(Money.Usd(140));

        Allocation part = programme.Parts.Single();
        part.Amount.StatedText.Should().Be("600 yuan");
        part.Amount.SourceConversion!.Amount.Should().Be(Money.Usd(84));
        part.Amount.SourceConversion.StatedText.Should().BeNull();
        part.Period.Should().NotBeNull();
        part.Period!.Length.Should().Be(DurationRange.Years(3, 5));
        part.Inferences.Select(i => (i.Field, i.Reason)).Should().Equal(("membership", "The membership is inferred"));

        PolicyData.Parse(MalformedDocumentTests.Valid).Programme("p1").Headline!.StatedText.Should().BeNull();
    }

    [Fact]
    public void The_optional_properties_of_targets_indicators_claims_and_overlaps_are_read()
    {
        PolicyDataset data = PolicyData.Parse(Full);

        Target target = data.Targets.Single();
        (target.ProgrammeId, target.Note, target.ById, target.BaselineYear).Should().Be(("p1", "The target's note", "a1", 2023));
        target.Goal.Qualifier.Should().Be(AmountQualifier.AtLeast);
        target.Inferences.Select(i => i.Field).Should().Equal("by");

        Indicator indicator = data.Indicators.Single();
        (indicator.ById, indicator.Comparator, indicator.ComparatorId, indicator.Note).Should().Be(("a1", "the world", "CN-SH", "The indicator's note"));
        indicator.Value.Qualifier.Should().Be(AmountQualifier.Approximately);
        indicator.Inferences.Select(i => i.Field).Should().Equal("comparator");

        Claim claim = data.Claims.Single();
        (claim.ComparatorId, claim.ById).Should().Be(("CN-SH", "a2"));

        data.Overlaps.Single().AmbiguityId.Should().Be("amb1");

        PolicyDataset bare = PolicyData.Parse(MalformedDocumentTests.Valid);
        (bare.Targets.Single().ProgrammeId, bare.Targets.Single().Note).Should().Be(((string?)null, (string?)null));
        Indicator bareIndicator = bare.Indicators.Single();
        (bareIndicator.ById, bareIndicator.Comparator, bareIndicator.ComparatorId, bareIndicator.Note).Should().Be(((string?)null, (string?)null, (string?)null, (string?)null));
        (bare.Claims.Single().ComparatorId, bare.Claims.Single().ById).Should().Be(((string?)null, (string?)null));
    }

    public static TheoryData<string, string, string, string> NotObjects() => new()
    {
        { "\"ambiguities\": [{\"id\":\"amb1\"", "\"ambiguities\": [5, {\"id\":\"amb1\"", "$.ambiguities[0]", "an ambiguity" },
        { "{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}", "5", "$.jurisdictions[0]", "a jurisdiction" },
        { "\"value\":{\"share\":\"83%\"}", "\"value\":5", "$.indicators[0].value", "a metric value of the indicator \"i1\"" },
        { "\"value\":{\"share\":\"83%\"}", "\"value\":{\"money\":5}", "$.indicators[0].value.money", "money" },
        { "\"goal\":{\"value\":{\"share\":\"55%\"},\"year\":2027}", "\"goal\":5", "$.targets[0].goal", "a dated value of the target \"t1\"" },
        { "\"jurisdiction\":\"CN-SH\",\"instruments\"", "\"jurisdiction\":\"CN-SH\",\"period\":5,\"instruments\"", "$.programmes[0].period", "a period of the programme \"p1\"" },
        { "\"jurisdiction\":\"CN-SH\",\"instruments\"", "\"jurisdiction\":\"CN-SH\",\"actors\":[5],\"instruments\"", "$.programmes[0].actors[0]", "an actor involvement of the programme \"p1\"" },
        { "\"headline\":{\"qualifier\":\"exact\",\"amount\":\"1000\",\"currency\":\"CNY\"}", "\"headline\":5", "$.programmes[0].headline", "a reported amount of the programme \"p1\"" },
        { "\"amount\":\"1000\",\"currency\":\"CNY\"}", "\"amount\":\"1000\",\"currency\":\"CNY\",\"sourceConversion\":5}", "$.programmes[0].headline.sourceConversion", "a source's conversion" },
        { "\"kind\":\"analystFirm\",", "\"kind\":\"analystFirm\",\"inferred\":[5],", "$.actors[0].inferred[0]", "an inference of the actor \"a1\"" },
        { "\"programmes\": [{", "\"programmes\": [5, {", "$.programmes[0]", "a programme" },
        { "\"ambiguities\":", "\"overlaps\": [5],\n  \"ambiguities\":", "$.overlaps[0]", "an overlap" },
    };

    [Theory]
    [MemberData(nameof(NotObjects))]
    public void Each_kind_of_object_is_named_when_a_value_of_another_kind_stands_in_its_place(string from, string to, string path, string what)
    {
        Problems(Valid(from, to)).Select(p => (p.Path, p.Message)).Should().Contain((path, $"Expected {what} (a JSON object); found the number 5{NestedIn(path)}."));
    }

    /// <summary>How a problem of a value nested in a part of a fact names that part (stop 68).</summary>
    private static string NestedIn(string path) =>
        path.EndsWith(".money", StringComparison.Ordinal) ? " (in a metric value of the indicator \"i1\")"
        : path.EndsWith(".sourceConversion", StringComparison.Ordinal) ? " (in a reported amount of the programme \"p1\")"
        : string.Empty;

    [Fact]
    public void A_reading_of_an_ambiguity_that_is_not_a_string_is_named_a_reading()
    {
        Problems(Valid("\"readings\":[\"a\",\"b\"]", "\"readings\":[\"a\",5]")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.ambiguities[0].readings[1]", "A reading must be a string; found the number 5."));
    }

    public static TheoryData<string, string, string> TwiceInferred() => new()
    {
        { "\"kind\":\"analystFirm\",", "\"kind\":\"analystFirm\",\"inferred\":[{\"field\":\"name\",\"reason\":\"r1\"},{\"field\":\"name\",\"reason\":\"r2\"}],", "$.actors[0].inferred" },
        { "\"sponsorKind\":\"state\",", "\"sponsorKind\":\"state\",\"inferred\":[{\"field\":\"name\",\"reason\":\"r1\"},{\"field\":\"name\",\"reason\":\"r2\"}],", "$.programmes[0].inferred" },
        { "\"membership\":\"included\",", "\"membership\":\"included\",\"inferred\":[{\"field\":\"name\",\"reason\":\"r1\"},{\"field\":\"name\",\"reason\":\"r2\"}],", "$.programmes[0].parts[0].inferred" },
        { "\"kind\":\"analystForecast\",", "\"kind\":\"analystForecast\",\"inferred\":[{\"field\":\"name\",\"reason\":\"r1\"},{\"field\":\"name\",\"reason\":\"r2\"}],", "$.targets[0].inferred" },
        { "\"method\":\"survey\",", "\"method\":\"survey\",\"inferred\":[{\"field\":\"name\",\"reason\":\"r1\"},{\"field\":\"name\",\"reason\":\"r2\"}],", "$.indicators[0].inferred" },
        { "\"statement\":\"S\",", "\"statement\":\"S\",\"inferred\":[{\"field\":\"name\",\"reason\":\"r1\"},{\"field\":\"name\",\"reason\":\"r2\"}],", "$.claims[0].inferred" },
    };

    /// <summary>The fact at <paramref name="path"/> of the valid document, as an argument error names it.</summary>
    private static string Fact(string path) =>
        path.Contains("parts", StringComparison.Ordinal) ? "the part \"p1.a\""
        : path.StartsWith("$.actors", StringComparison.Ordinal) ? "the actor \"a1\""
        : path.StartsWith("$.programmes", StringComparison.Ordinal) ? "the programme \"p1\""
        : path.StartsWith("$.targets", StringComparison.Ordinal) ? "the target \"t1\""
        : path.StartsWith("$.indicators", StringComparison.Ordinal) ? "the indicator \"i1\""
        : "the claim \"c1\"";

    [Theory]
    [MemberData(nameof(TwiceInferred))]
    public void Two_inferences_of_one_field_are_a_problem_at_the_facts_inferred_list(string from, string to, string path)
    {
        string field = path.Contains("parts", StringComparison.Ordinal) ? "description"
            : path.StartsWith("$.targets", StringComparison.Ordinal) ? "kind"
            : path.StartsWith("$.indicators", StringComparison.Ordinal) ? "method"
            : path.StartsWith("$.claims", StringComparison.Ordinal) ? "statement"
            : "name";
        string json = Valid(from, to.Replace("\"field\":\"name\"", $"\"field\":\"{field}\"", StringComparison.Ordinal));

        Problems(json).Select(p => (p.Path, p.Message)).Should().Equal(
            (path, $"The field \"{field}\" of {Fact(path)} has two inferences (items 0 and 1); give one with both reasons."));
    }

    [Fact]
    public void A_period_whose_only_start_is_unknown_is_a_problem_at_its_start()
    {
        string json = Valid("\"jurisdiction\":\"CN-SH\",\"instruments\"", "\"jurisdiction\":\"CN-SH\",\"period\":{\"start\":\"unknown\"},\"instruments\"");

        Problems(json).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[0].period.start", "The period of the programme \"p1\" needs at least one of a start, an end or a length; leave the period out when the sources give none."));
    }

    [Fact]
    public void A_problem_in_a_parts_period_is_located_in_that_period()
    {
        string json = Valid("\"membership\":\"included\",", "\"membership\":\"included\",\"period\":{\"start\":\"unknown\"},");

        Problems(json).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[0].parts[0].period.start", "The period of the part \"p1.a\" needs at least one of a start, an end or a length; leave the period out when the sources give none."));
    }

    [Fact]
    public void A_problem_in_a_targets_baseline_is_located_in_the_baseline()
    {
        Problems(Valid("\"year\":2023}", "\"year\":0}")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.targets[0].baseline.year", "\"year\" must be a whole year from 1 to 9999 (a JSON number); found the number 0 (in a dated value of the target \"t1\")."));
    }

    [Fact]
    public void A_metric_value_with_no_kind_or_two_kinds_says_what_it_found()
    {
        Problems(Valid("\"value\":{\"share\":\"83%\"}", "\"value\":{}")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.indicators[0].value", "A metric value must have exactly one of \"share\", \"ratio\", \"money\" or \"number\"; found none (in a metric value of the indicator \"i1\")."));
        Problems(Valid("\"value\":{\"share\":\"83%\"}", "\"value\":{\"share\":\"83%\",\"ratio\":\"0.5\"}")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.indicators[0].value", "A metric value must have exactly one of \"share\", \"ratio\", \"money\" or \"number\"; found \"share\", \"ratio\" (in a metric value of the indicator \"i1\")."));
    }

    [Fact]
    public void A_ratio_that_is_neither_a_string_nor_a_number_is_refused_with_what_it_is()
    {
        Problems(Valid("\"value\":{\"share\":\"83%\"}", "\"value\":{\"ratio\":true}")).Select(p => (p.Path, p.Message)).Should().Contain(
            ("$.indicators[0].value.ratio", "A ratio must be a string such as \"0.65\"; found true (in a metric value of the indicator \"i1\")."));
    }

    [Fact]
    public void A_source_address_that_is_not_absolute_is_refused_with_the_address()
    {
        Problems(Valid("\"title\":\"T\",", "\"title\":\"T\",\"url\":\"example.org/a\",")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.sources[0].url", "\"url\" must be an absolute http or https address; found \"example.org/a\"."));
    }

    [Fact]
    public void A_part_is_called_a_part_in_problems()
    {
        Problems(Valid("\"subject\":\"CN\",\"statement\"", "\"subject\":\"p1.a\",\"statement\"")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.claims[0].subject", "\"p1.a\" is a part, not a jurisdiction, actor or programme."));

        string overlay = """
            {"formatVersion":1,"overrides":[{"id":"ov","fact":"cn-sh-ai-subsidy-package.compute","set":{"colour":"red"},"reason":"r",
              "sources":[{"source":"seed-001","quote":"q"}]}]}
            """;
        Problems(overlay, PolicyData.Embedded).Select(p => p.Path + " " + p.Message).Should().ContainSingle().Which.Should().StartWith(
            "$.overrides[0].set.colour \"colour\" is not a property of a part; an override may set: ");
    }
}
