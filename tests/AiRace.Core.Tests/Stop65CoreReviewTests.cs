using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Serialization;
using AiRace.Core.Tests.Data;

namespace AiRace.Core.Tests;

/// <summary>
/// Review of the policy types and the JSON converters at stop 65 (issue 13's leftovers): every argument error of a
/// fact's constructor names the fact by its id and the argument; repeats are found through first places; the
/// currency-keyed dictionary converter and reference preservation.
/// </summary>
public class Stop65CoreReviewTests
{
    private static readonly SourceReference[] Cite = [new("s1", "quote")];

    private static MetricValue Pct(decimal percent) => MetricValue.Of(Share.FromPercent(percent));

    private static Target NewTarget(
        string id = "t-chips",
        string metricId = "m1",
        string subjectId = "CN",
        MetricValue? baseline = null,
        int? baselineYear = null,
        MetricValue? goal = null,
        int goalYear = 2030,
        TargetKind kind = TargetKind.Pledge,
        string? byId = null,
        string? programmeId = null,
        IEnumerable<SourceReference>? sources = null,
        string? note = null,
        IEnumerable<Inference>? inferences = null) =>
        new(id, metricId, subjectId, baseline, baselineYear, goal ?? Pct(55), goalYear, kind, byId, programmeId, sources ?? Cite, note, inferences);

    private static string Reason(ArgumentException e)
    {
        int at = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? e.Message : e.Message[..at];
    }

    // ---- 1. Every argument error of Target, Ambiguity and ProgrammeOverlap names the fact and the argument ----

    public static TheoryData<string, Func<object>, string, string> TargetErrors() => new()
    {
        { "bad id", () => NewTarget(id: "has space"), "id", "id of a target must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"has space\"." },
        { "bad metric", () => NewTarget(metricId: "has space"), "metricId", "metricId of the target \"t-chips\" must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"has space\"." },
        { "bad subject", () => NewTarget(subjectId: ""), "subjectId", "subjectId of the target \"t-chips\" must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"\"." },
        { "year without value", () => NewTarget(baselineYear: 2023), "baselineYear", "The target \"t-chips\" has a baseline year (2023) but no baseline value: a baseline needs both a value and a year." },
        { "value without year", () => NewTarget(baseline: Pct(17)), "baselineYear", "The target \"t-chips\" has a baseline value (17%) but no baseline year: a baseline needs both a value and a year." },
        { "kinds differ", () => NewTarget(baseline: Pct(17), baselineYear: 2023, goal: MetricValue.Of(Ratio.Of(2m))), "baseline", "The baseline of the target \"t-chips\" is a share but its goal is a ratio." },
        { "baseline year 0", () => NewTarget(baseline: Pct(17), baselineYear: 0), "baselineYear", "baselineYear of the target \"t-chips\" must be between 1 and 9999; it was 0." },
        { "goal year 10000", () => NewTarget(goalYear: 10000), "goalYear", "goalYear of the target \"t-chips\" must be between 1 and 9999; it was 10000." },
#pragma warning disable AIR0012 // The mistake the rule finds at compile time is made on purpose: the constructor must refuse it too.
        { "goal before baseline", () => NewTarget(baseline: Pct(17), baselineYear: 2027, goalYear: 2023), "goalYear", "The goal year 2023 of the target \"t-chips\" is before its baseline year 2027." },
#pragma warning restore AIR0012
        { "undefined kind", () => NewTarget(kind: (TargetKind)99), "kind", "kind of the target \"t-chips\" has the undefined TargetKind value 99." },
        { "bad by", () => NewTarget(byId: "-x"), "byId", "byId of the target \"t-chips\" must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"-x\"." },
        { "bad programme", () => NewTarget(programmeId: "p/1"), "programmeId", "programmeId of the target \"t-chips\" must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"p/1\"." },
        { "no sources", () => NewTarget(sources: []), "sources", "sources of the target \"t-chips\" must name at least one source: every fact needs one." },
        { "null source", () => NewTarget(sources: [Cite[0], null!]), "sources", "sources[1] of the target \"t-chips\" is null." },
        { "blank note", () => NewTarget(note: " "), "note", "note of the target \"t-chips\" must be null or non-blank." },
        { "inference about its id", () => NewTarget(inferences: [new Inference("id", "r")]), "inferences", "inferences[0] of the target \"t-chips\" is about \"id\", which is not a field of a target (metric, subject, goal, kind, baseline, by, programme, note) nor a path below one." },
        { "two inferences", () => NewTarget(inferences: [new Inference("goal", "r"), new Inference("kind", "r"), new Inference("goal", "s")]), "inferences", "The field \"goal\" of the target \"t-chips\" has two inferences (items 0 and 2); give one with both reasons." },
    };

    [Theory]
    [MemberData(nameof(TargetErrors))]
    public void Every_argument_error_of_a_target_names_the_target_and_the_argument(string name, Func<object> build, string parameter, string message)
    {
        _ = name;
        ArgumentException e = build.Should().Throw<ArgumentException>().Which;
        (e.ParamName, Reason(e)).Should().Be((parameter, message));
    }

    public static TheoryData<string, Func<object>, string, string> AmbiguityErrors() => new()
    {
        { "bad id", () => new Ambiguity("", "Q?", ["p1"], ["a", "b"], Cite), "id", "id of an ambiguity must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"\"." },
        { "blank question", () => new Ambiguity("amb", " ", ["p1"], ["a", "b"], Cite), "question", "question of the ambiguity \"amb\" must not be empty or blank." },
        { "null about", () => new Ambiguity("amb", "Q?", ["p1", null!], ["a", "b"], Cite), "about", "about[1] of the ambiguity \"amb\" is null." },
        { "about nothing", () => new Ambiguity("amb", "Q?", [], ["a", "b"], Cite), "about", "The ambiguity \"amb\" must name at least one fact it is about." },
        { "one reading", () => new Ambiguity("amb", "Q?", ["p1"], ["a"], Cite), "readings", "The ambiguity \"amb\" needs at least two readings; with one it is not ambiguous." },
        { "no reading", () => new Ambiguity("amb", "Q?", ["p1"], [], Cite), "readings", "The ambiguity \"amb\" gives no reading; it needs at least two." },
        { "no sources", () => new Ambiguity("amb", "Q?", ["p1"], ["a", "b"], []), "sources", "sources of the ambiguity \"amb\" must name at least one source: every fact needs one." },
    };

    [Theory]
    [MemberData(nameof(AmbiguityErrors))]
    public void Every_argument_error_of_an_ambiguity_names_the_ambiguity_and_the_argument(string name, Func<object> build, string parameter, string message)
    {
        _ = name;
        ArgumentException e = build.Should().Throw<ArgumentException>().Which;
        (e.ParamName, Reason(e)).Should().Be((parameter, message));
    }

    public static TheoryData<string, Func<object>, string, string> OverlapErrors() => new()
    {
        { "bad id", () => new ProgrammeOverlap("o 1", ["a", "b"], "r", Cite), "id", "id of an overlap must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"o 1\"." },
        { "one programme", () => new ProgrammeOverlap("o", ["a"], "r", Cite), "programmeIds", "The overlap \"o\" names only \"a\"; an overlap needs at least two programmes." },
        { "no programme", () => new ProgrammeOverlap("o", [], "r", Cite), "programmeIds", "The overlap \"o\" names no programme; it needs at least two." },
        { "null programme", () => new ProgrammeOverlap("o", ["a", null!], "r", Cite), "programmeIds", "programmeIds[1] of the overlap \"o\" is null." },
        { "blank reason", () => new ProgrammeOverlap("o", ["a", "b"], "", Cite), "reason", "reason of the overlap \"o\" must not be empty or blank." },
        { "no sources", () => new ProgrammeOverlap("o", ["a", "b"], "r", []), "sources", "sources of the overlap \"o\" must name at least one source: every fact needs one." },
        { "bad ambiguity", () => new ProgrammeOverlap("o", ["a", "b"], "r", Cite, "amb\u202E"), "ambiguityId", "ambiguityId of the overlap \"o\" must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"amb<U+202E>\"." },
    };

    [Theory]
    [MemberData(nameof(OverlapErrors))]
    public void Every_argument_error_of_an_overlap_names_the_overlap_and_the_argument(string name, Func<object> build, string parameter, string message)
    {
        _ = name;
        ArgumentException e = build.Should().Throw<ArgumentException>().Which;
        (e.ParamName, Reason(e)).Should().Be((parameter, message));
    }

    /// <summary>The other facts' constructors share the guards, so their errors name the fact the same way.</summary>
    public static TheoryData<string, Func<object>, string, string> OtherFactErrors() => new()
    {
        { "actor name", () => new Actor("a1", "", ActorKind.Company, null, null, null, Cite), "name", "name of the actor \"a1\" must not be empty or blank." },
        { "part purpose", () => new Allocation("p1.a", (AllocationPurpose)77, "d", ReportedAmount.Exact(Money.Cny(1)), PartMembership.Included, null, Cite), "purpose", "purpose of the part \"p1.a\" has the undefined AllocationPurpose value 77." },
        { "claim subject", () => new Claim("c1", "topic", "C N", "s", null, null, Cite), "subjectId", "subjectId of the claim \"c1\" must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters; it was \"C N\"." },
        { "indicator note", () => new Indicator("i1", "m1", "CN", Pct(1), PartialDate.OfYear(2025), IndicatorMethod.Report, null, null, null, Cite, "\t"), "note", "note of the indicator \"i1\" must be null or non-blank." },
        { "jurisdiction sources", () => new Jurisdiction("CN", JurisdictionKind.Country, "China", null, [null!]), "sources", "sources[0] of the jurisdiction \"CN\" is null." },
        { "metric kind", () => new Metric("m1", "Share", (MetricValueKind)0), "valueKind", "valueKind of the metric \"m1\" has the undefined MetricValueKind value 0." },
        { "source url", () => new Source("s1", null, null, PartialDate.OfYear(2025), "x", Confidence.High, url: new Uri("ftp://example.org/x")), "url", "The URL of the source \"s1\" must be an absolute http or https address; found \"ftp://example.org/x\"." },
        { "programme instrument", () => new Programme("p1", "P", SponsorKind.State, "CN", [], [Instrument.Plan, (Instrument)99], [], null, null, null, [], Cite), "instruments", "instruments[1] of the programme \"p1\" has the undefined Instrument value 99." },
        { "programme without instrument", () => new Programme("p1", "P", SponsorKind.State, "CN", [], [], [], null, null, null, [], Cite), "instruments", "The programme \"p1\" must list at least one instrument." },
    };

    [Theory]
    [MemberData(nameof(OtherFactErrors))]
    public void Every_fact_names_itself_in_its_argument_errors(string name, Func<object> build, string parameter, string message)
    {
        _ = name;
        ArgumentException e = build.Should().Throw<ArgumentException>().Which;
        (e.ParamName, Reason(e)).Should().Be((parameter, message));
    }

    [Theory]
    [InlineData(new[] { "a", "has space" }, 1, "The overlap \"o\" names \"has space\" (item 1), which is not a programme id: an id is letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters.")]
    [InlineData(new[] { "a", "b", "a" }, 2, "The overlap \"o\" names the programme \"a\" twice (items 0 and 2); name each programme once.")]
    public void An_overlap_refuses_a_programme_that_is_no_id_or_named_twice_at_that_item(string[] programmes, int index, string reason)
    {
        Action build = () => _ = new ProgrammeOverlap("o", programmes, "r", Cite);
        PolicyArgumentException e = build.Should().Throw<PolicyArgumentException>().Which;
        (e.ParamName, e.Index, e.Reason).Should().Be(("programmeIds", index, reason));
    }

    [Fact]
    public void The_loader_reports_a_target_error_with_the_target_id_once_at_its_path()
    {
        JsonObject root = JsonNode.Parse(MalformedDocumentTests.Valid)!.AsObject();
        root["targets"]![0]!["goal"]!["year"] = 2020;

        DataProblem problem = MalformedDocumentTests.Problems(root.ToJsonString()).Should().ContainSingle().Which;

        (problem.Path, problem.Message).Should().Be(("$.targets[0].goal.year", "The goal year 2020 of the target \"t1\" is before its baseline year 2023."));
    }

    [Fact]
    public void The_loader_reports_a_programme_named_twice_in_an_overlap_at_the_second_one()
    {
        JsonObject root = JsonNode.Parse(MalformedDocumentTests.Valid)!.AsObject();
        root["overlaps"] = JsonNode.Parse("""[{"id":"o1","programmes":["p1","p1"],"reason":"r","sources":[{"source":"s1","quote":"q"}]}]""");

        DataProblem problem = MalformedDocumentTests.Problems(root.ToJsonString()).Should().ContainSingle().Which;

        (problem.Path, problem.Message).Should().Be(("$.overlaps[0].programmes[1]", "The overlap \"o1\" names the programme \"p1\" twice (items 0 and 1); name each programme once."));
    }

    // ---- 2. Repeats are found through first places, in one pass ----

    /// <summary>A long list with many distinct items and one repeat far from its first place: the message names the
    /// first place (a set that kept the last place, or a look-up that returned the wrong index, would say otherwise).</summary>
    [Theory]
    [InlineData("about")]
    [InlineData("readings")]
    public void A_repeat_in_a_long_list_names_its_first_place(string list)
    {
        const int n = 20_000;
        var items = Enumerable.Range(0, n).Select(i => "x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        items.Add("x7"); // first at 7, again at 20,000
        items.Add("x7"); // a third time, never reached
        IEnumerable<string> about = list == "about" ? items : ["p1"];
        IEnumerable<string> readings = list == "readings" ? items : ["a", "b"];

        Action build = () => _ = new Ambiguity("amb", "Q?", about, readings, Cite);

        PolicyArgumentException e = build.Should().Throw<PolicyArgumentException>().Which;
        string what = list == "about" ? "is about \"x7\" twice" : "has the reading \"x7\" twice";
        string fix = list == "about" ? "name each fact once" : "give each reading once";
        (e.Index, e.Reason).Should().Be((n, $"The ambiguity \"amb\" {what}, at {list}[7] and {list}[20000]; {fix}."));
    }

    [Fact]
    public void A_long_list_without_repeats_is_accepted_in_full()
    {
        var items = Enumerable.Range(0, 20_000).Select(i => "x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var ambiguity = new Ambiguity("amb", "Q?", items, items, Cite);

        (ambiguity.About.Count, ambiguity.Readings.Count).Should().Be((20_000, 20_000));
    }

    // ---- 3. CurrencyDictionaryJsonConverterFactory and reference handling ----

    public sealed class Holding
    {
        public decimal Amount { get; set; }
    }

    public sealed class Book
    {
        public Holding? Main { get; set; }

        public Dictionary<Currency, Holding>? ByCurrency { get; set; }
    }

    public sealed class Node
    {
        public string? Name { get; set; }

        public Dictionary<Currency, Node>? Children { get; set; }
    }

    private static JsonSerializerOptions WithFactory(ReferenceHandler? handler)
    {
        var options = new JsonSerializerOptions { ReferenceHandler = handler };
        options.Converters.Add(new CurrencyDictionaryJsonConverterFactory());
        return options;
    }

    private const string NoReferenceHandler = "CurrencyDictionaryJsonConverterFactory does not work with a reference handler ({0}) in the options: it reads and writes each value of a dictionary keyed by currency on its own*Remove the factory from these options*";

    /// <summary>With Preserve, the factory wrote each value in a fresh serializer state: an object held twice came out as
    /// two copies with the same <c>$id</c> as the root (<c>{"$id":"1","Main":{"$id":"2",…},"ByCurrency":{"USD":{"$id":"1",…},
    /// "EUR":{"$id":"1",…}}}</c>, a document the serializer itself refuses) and read back as three different objects,
    /// without a word. It is refused, saying why and what to do.</summary>
    [Fact]
    public void Writing_with_Preserve_is_refused_instead_of_losing_the_shared_object()
    {
        var held = new Holding { Amount = 1m };
        var book = new Book { Main = held, ByCurrency = new() { [Currency.USD] = held, [Currency.EUR] = held } };

        Action write = () => JsonSerializer.Serialize(book, WithFactory(ReferenceHandler.Preserve));

        write.Should().Throw<NotSupportedException>().WithMessage(string.Format(System.Globalization.CultureInfo.InvariantCulture, NoReferenceHandler, "ReferenceHandler.Preserve"));
    }

    /// <summary>Reading a document written by the serializer with Preserve failed on the dictionary's own <c>$id</c> as
    /// an unknown currency, and a <c>$ref</c> from one value to another as "Reference '1' was not found. Path: $"; a
    /// <c>$id</c> used by two values was taken silently. Each is now the one clear refusal.</summary>
    [Theory]
    [InlineData("""{"$id":"1","Main":{"$id":"2","Amount":5},"ByCurrency":{"$id":"3","USD":{"$ref":"2"}}}""")]
    [InlineData("""{"ByCurrency":{"USD":{"$id":"1","Amount":2},"EUR":{"$ref":"1"}}}""")]
    [InlineData("""{"ByCurrency":{"USD":{"$id":"1","Amount":2},"EUR":{"$id":"1","Amount":3}}}""")]
    [InlineData("""{"ByCurrency":{"USD":{"Amount":2}}}""")]
    public void Reading_with_Preserve_is_refused_whatever_the_document(string json)
    {
        Action read = () => JsonSerializer.Deserialize<Book>(json, WithFactory(ReferenceHandler.Preserve));

        read.Should().Throw<NotSupportedException>().WithMessage(string.Format(System.Globalization.CultureInfo.InvariantCulture, NoReferenceHandler, "ReferenceHandler.Preserve"));
    }

    /// <summary>With IgnoreCycles a cycle through the dictionary was the serializer's "possible object cycle … Consider
    /// using ReferenceHandler.Preserve" (the serializer alone writes the cycle as null); refused the same way.</summary>
    [Fact]
    public void IgnoreCycles_is_refused_too()
    {
        var node = new Node { Name = "root", Children = [] };
        node.Children[Currency.USD] = node;

        Action write = () => JsonSerializer.Serialize(node, WithFactory(ReferenceHandler.IgnoreCycles));

        write.Should().Throw<NotSupportedException>().WithMessage(string.Format(System.Globalization.CultureInfo.InvariantCulture, NoReferenceHandler, "ReferenceHandler.IgnoreCycles"));
    }

    [Fact]
    public void Without_a_reference_handler_the_factory_still_reads_and_writes_reference_values()
    {
        var book = new Book { ByCurrency = new() { [Currency.USD] = new Holding { Amount = 2m } } };

        string json = JsonSerializer.Serialize(book, WithFactory(null));
        Book back = JsonSerializer.Deserialize<Book>(json, WithFactory(null))!;

        json.Should().Be("""{"Main":null,"ByCurrency":{"USD":{"Amount":2}}}""");
        back.ByCurrency![Currency.USD].Amount.Should().Be(2m);
    }

    // ---- 4. The JSON converters' messages say what is wrong in the document's words ----

    /// <summary>A value refused by the type's own rules came out with .NET's parameter suffix, naming a C# parameter
    /// the document does not have (" (Parameter 'precision')", "(Parameter 'max')", "(Parameter 'low')").</summary>
    [Theory]
    [InlineData(typeof(ReportedAmount), """{"qualifier":"exact","amount":"1000","currency":"CNY","precision":"30"}""")]
    [InlineData(typeof(ReportedAmount), """{"qualifier":"between","amount":"5","upperAmount":"3","currency":"CNY"}""")]
    [InlineData(typeof(DurationRange), """{"min":"5","max":"3","unit":"years"}""")]
    [InlineData(typeof(ValueRange<Money>), """{"low":{"amount":"5","currency":"CNY"},"high":{"amount":"3","currency":"CNY"}}""")]
    [InlineData(typeof(ValueRange<Money>), """{"low":{"amount":"5","currency":"CNY"},"high":{"amount":"6","currency":"USD"}}""")]
    public void A_value_the_type_refuses_is_a_json_error_without_a_parameter_name(Type type, string json)
    {
        Action read = () => JsonSerializer.Deserialize(json, type);

        JsonException e = read.Should().Throw<JsonException>().Which;
        e.Message.Should().NotContain("(Parameter").And.NotContain("Actual value was").And.EndWith(".");
    }

    /// <summary>"A reported amount needs "qualifier", "amount" and "currency"." did not say which one was missing, as
    /// Money's and the range's messages do; nor the duration's.</summary>
    [Theory]
    [InlineData(typeof(ReportedAmount), """{"amount":"1","currency":"CNY"}""", "A reported amount needs \"qualifier\", \"amount\" and \"currency\"; missing \"qualifier\".")]
    [InlineData(typeof(ReportedAmount), """{"qualifier":"exact"}""", "A reported amount needs \"qualifier\", \"amount\" and \"currency\"; missing \"amount\" and \"currency\".")]
    [InlineData(typeof(DurationRange), """{"min":"1","unit":"years"}""", "A duration needs \"min\", \"max\" and \"unit\"; missing \"max\".")]
    [InlineData(typeof(DurationRange), """{}""", "A duration needs \"min\", \"max\" and \"unit\"; missing \"min\", \"max\" and \"unit\".")]
    public void A_missing_property_is_named(Type type, string json, string message)
    {
        Action read = () => JsonSerializer.Deserialize(json, type);

        read.Should().Throw<JsonException>().Which.Message.Should().Be(message);
    }

    /// <summary>A source conversion inside a source conversion was "A reported amount has no property
    /// "sourceConversion"", although a reported amount has one; an unknown property did not say which are
    /// allowed.</summary>
    [Theory]
    [InlineData("""{"qualifier":"exact","amount":"1","currency":"CNY","sourceConversion":{"qualifier":"exact","amount":"1","currency":"USD","sourceConversion":{"qualifier":"exact","amount":"1","currency":"EUR"}}}""", "A source conversion cannot have a \"sourceConversion\" of its own: it is the amount in the currency the source converted to.")]
    [InlineData("""{"qualifier":"exact","amount":"1","currency":"CNY","note":"x"}""", "A reported amount has no property \"note\"; expected qualifier, amount, upperAmount, currency, precision, stated and sourceConversion.")]
    public void A_property_a_reported_amount_cannot_have_here_is_explained(string json, string message)
    {
        Action read = () => JsonSerializer.Deserialize<ReportedAmount>(json);

        read.Should().Throw<JsonException>().Which.Message.Should().Be(message);
    }

    // ---- 4. Culture: the policy types' text is the same in every culture ----

    private static string[] PolicyTexts()
    {
        var period = new Period(PartialDate.OfYear(2024), PartialDate.Unknown, DurationRange.Of(2.5m, 3.5m, DurationUnit.Years));
        var part = new Allocation("p1.a", AllocationPurpose.Compute, "compute", ReportedAmount.Approximately(Money.Cny(1234.5m)), PartMembership.Included, period, Cite);
        var indicator = new Indicator("i1", "m1", "CN", MetricValue.Of(Money.Usd(1234567.89m), AmountQualifier.AtLeast), PartialDate.OfYear(2025), IndicatorMethod.Report, null, null, null, Cite);
        var target = new Target("t1", "m1", "CN", MetricValue.Of(Ratio.Of(0.65m)), 2023, MetricValue.Of(Ratio.Of(1.5m)), 2030, TargetKind.Pledge, null, null, Cite);
        var share = new Target("t2", "m1", "CN", MetricValue.Of(Share.FromPercent(17.5m)), 2023, MetricValue.Of(Share.FromPercent(55.25m)), 2030, TargetKind.Pledge, null, null, Cite);
        var programme = new Programme("p1", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], period, ReportedAmount.Exact(Money.Cny(10000.5m)), null, [part], Cite);
        Func<object> tooLarge = () => new Programme("p2", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, ReportedAmount.Exact(Money.Cny(1000.5m)),
            null, [new Allocation("p2.a", AllocationPurpose.Compute, "c", ReportedAmount.Exact(Money.Cny(2000.25m)), PartMembership.Included, null, Cite)], Cite);
        string refused = tooLarge.Should().Throw<ArgumentException>().Which.Message;
        return [period.ToString(), part.ToString(), indicator.ToString(), target.ToString(), share.ToString(), target.ChangeInPoints?.ToString() ?? "-", share.ChangeInPoints.ToString()!, programme.ToString(), programme.CheckParts().ToString(), refused];
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void The_policy_types_text_is_the_same_in_every_culture(string culture)
    {
        string[] invariant;
        using (new CultureScope(""))
        {
            invariant = PolicyTexts();
        }

        using (new CultureScope(culture))
        {
            PolicyTexts().Should().Equal(invariant);
        }

        invariant[0].Should().Be("2024 to unknown, 2.5–3.5 years");
    }

    // ---- 4. An id refused for its length says so ----

    /// <summary>An id of 101 letters was refused as "must be an id of letters, digits, '.', '_' or '-' starting with a
    /// letter or digit", which it is: the limit of 100 characters (which the loader names) was not said.</summary>
    [Fact]
    public void An_id_refused_for_its_length_says_the_limit()
    {
        string longId = new('a', 101);
        Action target = () => NewTarget(metricId: longId);
        Action about = () => _ = new Ambiguity("amb", "Q?", ["p1", longId], ["a", "b"], Cite);
        Action overlap = () => _ = new ProgrammeOverlap("o", ["p1", longId], "r", Cite);

        Reason(target.Should().Throw<ArgumentException>().Which).Should().Contain("at most 100 characters").And.Contain("101 characters long");
        Reason(about.Should().Throw<ArgumentException>().Which).Should().Contain("at most 100 characters");
        Reason(overlap.Should().Throw<ArgumentException>().Which).Should().Contain("at most 100 characters");
        Action ok = () => NewTarget(metricId: new string('a', 100));
        ok.Should().NotThrow();
    }
}
