using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>Malformed documents: each must be refused with its own specific problem, at the right path.</summary>
public class MalformedDocumentTests
{
    private const string Ref = """[{"source":"s1","quote":"q"}]""";

    internal static readonly string Valid = $$"""
    {
      "formatVersion": 1,
      "sources": [{"id":"s1","title":"T","published":"2025-07","locator":"x","confidence":"high"}],
      "jurisdictions": [
        {"id":"CN","kind":"country","name":"China"},
        {"id":"CN-SH","kind":"subdivision","name":"Shanghai","parent":"CN"},
        {"id":"CN-SH.pudong","kind":"city","name":"Pudong","parent":"CN-SH"}
      ],
      "actors": [{"id":"a1","name":"Analyst","kind":"analystFirm","sources":{{Ref}}}],
      "metrics": [{"id":"m1","name":"Share","valueKind":"share"}],
      "programmes": [{"id":"p1","name":"P","sponsorKind":"state","jurisdiction":"CN-SH","instruments":["subsidy"],
        "status":[{"status":"announced","date":"unknown","sources":{{Ref}}}],
        "headline":{"qualifier":"exact","amount":"1000","currency":"CNY"},
        "parts":[{"id":"p1.a","purpose":"compute","description":"compute","amount":{"qualifier":"exact","amount":"600","currency":"CNY"},"membership":"included","sources":{{Ref}}}],
        "sources":{{Ref}}}],
      "targets": [{"id":"t1","metric":"m1","subject":"CN","baseline":{"value":{"share":"17%"},"year":2023},"goal":{"value":{"share":"55%"},"year":2027},"kind":"analystForecast","by":"a1","sources":{{Ref}}}],
      "indicators": [{"id":"i1","metric":"m1","subject":"CN","value":{"share":"83%"},"observed":"unknown","method":"survey","sources":{{Ref}}}],
      "claims": [{"id":"c1","topic":"x","subject":"CN","statement":"S","sources":{{Ref}}}],
      "ambiguities": [{"id":"amb1","question":"Q?","about":["p1"],"readings":["a","b"],"sources":{{Ref}}}]
    }
    """;

    private static string With(Action<JsonObject> mutate)
    {
        JsonObject root = JsonNode.Parse(Valid)!.AsObject();
        mutate(root);
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject At(JsonObject root, string collection, int index = 0) => root[collection]![index]!.AsObject();

    private static JsonNode N(string json) => JsonNode.Parse(json)!;

    internal static IReadOnlyList<DataProblem> Problems(string json) => PolicyData.Validate(Encoding.UTF8.GetBytes(json));

    public static IEnumerable<object[]> Cases()
    {
        object[] Case(string name, string json, string path, string message) => [name, json, path, message];

        // Document level
        yield return Case("unknown root property", With(r => r["colour"] = "red"), "$.colour", "Unknown property \"colour\" in the dataset; allowed: formatVersion, $schema, sources,");
        yield return Case("wrong format version", With(r => r["formatVersion"] = 2), "$.formatVersion", "\"formatVersion\" must be 1, the only version this library reads; found the number 2.");
        yield return Case("missing format version", With(r => r.Remove("formatVersion")), "$", "Missing required property \"formatVersion\" in the dataset.");
        yield return Case("root is an array", "[]", "$", "Expected the dataset (a JSON object); found an array.");
        yield return Case("not JSON", "{\"formatVersion\": 1,}", "$", "The document is not valid JSON:");
        yield return Case("duplicate property", "{\"formatVersion\": 1, \"formatVersion\": 1}", "$.formatVersion", "Duplicate property \"formatVersion\": a property may appear only once in an object.");
        yield return Case("collection not an array", With(r => r["sources"] = N("{}")), "$.sources", "\"sources\" must be an array; found an object.");

        // Sources
        yield return Case("unknown source property", With(r => At(r, "sources")["editor"] = "me"), "$.sources[0].editor", "Unknown property \"editor\" in a source; allowed: id, published, locator, confidence, title, publisher, author, url, note.");
        yield return Case("date in words", With(r => At(r, "sources")["published"] = "July 2025"), "$.sources[0].published", "\"published\": a date must be \"unknown\", \"yyyy\", \"yyyy-MM\" or \"yyyy-MM-dd\"; found \"July 2025\".");
        yield return Case("month 13", With(r => At(r, "sources")["published"] = "2025-13"), "$.sources[0].published", "\"published\": \"2025-13\" is not a calendar date.");
        yield return Case("unknown confidence", With(r => At(r, "sources")["confidence"] = "certain"), "$.sources[0].confidence", "\"confidence\" must be one of low, medium, high; found the string \"certain\".");
        yield return Case("source without locator", With(r => At(r, "sources").Remove("locator")), "$.sources[0]", "Missing required property \"locator\" in a source.");
        yield return Case("blank title", With(r => At(r, "sources")["title"] = "  "), "$.sources[0].title", "\"title\" must not be empty or blank.");
        yield return Case("id with a space", With(r => At(r, "sources")["id"] = "bad id"), "$.sources[0].id", "\"bad id\" is not a valid id: use letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters.");
        yield return Case("duplicate id across kinds", With(r => At(r, "actors")["id"] = "s1"), "$.actors[0].id", "Duplicate id \"s1\": already used by a source at $.sources[0].");

        // Jurisdictions
        yield return Case("unknown country code", With(r => At(r, "jurisdictions")["id"] = "XX"), "$.jurisdictions[0].id", "\"XX\" is not an ISO 3166-1 alpha-2 country code.");
        yield return Case("unknown subdivision code", With(r => At(r, "jurisdictions", 1)["id"] = "CN-XX"), "$.jurisdictions[1].id", "\"CN-XX\" is not an ISO 3166-2 subdivision code.");
        yield return Case("subdivision without parent", With(r => At(r, "jurisdictions", 1).Remove("parent")), "$.jurisdictions[1]", "The subdivision \"CN-SH\" needs a parent.");
        yield return Case("country with parent", With(r => At(r, "jurisdictions")["parent"] = "CN-SH"), "$.jurisdictions[0].parent", "The country \"CN\" cannot have a parent.");
        yield return Case("city id not under its parent", With(r => At(r, "jurisdictions", 2)["id"] = "pudong"), "$.jurisdictions[2].id", "A city's id must be its parent's id, a dot and a lower-case name (such as \"CN-SH.hangzhou\"); found \"pudong\".");
        yield return Case("subdivision under another country", With(r => ((JsonArray)r["jurisdictions"]!).Add(N("""{"id":"US-CA","kind":"subdivision","name":"California","parent":"CN"}"""))), "$.jurisdictions[3].parent", "The subdivision \"US-CA\" must have its own country (or a subdivision of it) as parent, not \"CN\".");
        yield return Case("unknown jurisdiction kind", With(r => At(r, "jurisdictions", 1)["kind"] = "province"), "$.jurisdictions[1].kind", "\"kind\" must be one of country, subdivision, city; found the string \"province\".");
        yield return Case("parent not defined", With(r => ((JsonArray)r["jurisdictions"]!).Add(N("""{"id":"CN-ZJ.hangzhou","kind":"city","name":"Hangzhou","parent":"CN-ZJ"}"""))), "$.jurisdictions[3].parent", "Unknown jurisdiction \"CN-ZJ\": no jurisdiction with this id is defined.");

        // Actors and source references
        yield return Case("actor without sources", With(r => At(r, "actors").Remove("sources")), "$.actors[0]", "Missing \"sources\" in an actor: every fact needs at least one source with the exact quote that states it.");
        yield return Case("actor with empty sources", With(r => At(r, "actors")["sources"] = N("[]")), "$.actors[0].sources", "\"sources\" is empty: every fact needs at least one source with the exact quote that states it.");
        yield return Case("reference to unknown source", With(r => At(r, "actors")["sources"] = N("""[{"source":"s9","quote":"q"}]""")), "$.actors[0].sources[0].source", "Unknown source \"s9\": no source with this id is defined (in a citation of the actor \"a1\").");
        yield return Case("blank quote", With(r => At(r, "actors")["sources"] = N("""[{"source":"s1","quote":""}]""")), "$.actors[0].sources[0].quote", "\"quote\" must not be empty or blank (in a citation of the actor \"a1\").");
        yield return Case("unknown source reference property", With(r => At(r, "actors")["sources"] = N("""[{"source":"s1","quote":"q","page":3}]""")), "$.actors[0].sources[0].page", "Unknown property \"page\" in a citation of the actor \"a1\"; allowed: source, quote, locator.");
        yield return Case("unknown actor kind", With(r => At(r, "actors")["kind"] = "ngo"), "$.actors[0].kind", "\"kind\" must be one of governmentBody, stateOwnedCompany, privateCompany, company, researchInstitute, analystFirm, pollster, person, event; found the string \"ngo\".");
        yield return Case("reference of the wrong kind", With(r => At(r, "actors")["jurisdiction"] = "a1"), "$.actors[0].jurisdiction", "\"a1\" is an actor, not a jurisdiction.");

        // Reported amounts
        yield return Case("unknown currency", With(r => At(r, "programmes")["headline"]!["currency"] = "RMB"), "$.programmes[0].headline.currency", "Unknown currency: ");
        yield return Case("made-up currency", With(r => At(r, "programmes")["headline"]!["currency"] = "XYZ"), "$.programmes[0].headline.currency", "Unknown currency: ");
        yield return Case("negative amount", With(r => At(r, "programmes")["headline"]!["amount"] = "-5"), "$.programmes[0].headline.amount", "\"amount\" must not be negative; found -5 (in a reported amount of the programme \"p1\").");
        yield return Case("amount with exponent", With(r => At(r, "programmes")["headline"]!["amount"] = N("1e9")), "$.programmes[0].headline.amount", "\"amount\" \"1e9\" is not a plain decimal number: unexpected character 'e' (in a reported amount of the programme \"p1\").");
        yield return Case("amount as boolean", With(r => At(r, "programmes")["headline"]!["amount"] = true), "$.programmes[0].headline.amount", "\"amount\" must be a decimal number (a JSON string such as \"600000000\" or a plain number); found true (in a reported amount of the programme \"p1\").");
        yield return Case("unknown qualifier", With(r => At(r, "programmes")["headline"]!["qualifier"] = "roughly"), "$.programmes[0].headline.qualifier", "\"qualifier\" must be one of exact, approximately, upTo, atLeast, between; found the string \"roughly\" (in a reported amount of the programme \"p1\").");
        yield return Case("range without high end", With(r => At(r, "programmes")["headline"]!["qualifier"] = "between"), "$.programmes[0].headline", "A range (qualifier \"between\") needs \"upperAmount\" for its high end (in a reported amount of the programme \"p1\").");
        yield return Case("high end without range", With(r => At(r, "programmes")["headline"]!["upperAmount"] = "2000"), "$.programmes[0].headline.upperAmount", "\"upperAmount\" is allowed only with the qualifier \"between\", not \"exact\" (in a reported amount of the programme \"p1\").");
        yield return Case("range upside down", With(r => At(r, "programmes")["headline"] = N("""{"qualifier":"between","amount":"1000","upperAmount":"900","currency":"CNY"}""")), "$.programmes[0].headline.upperAmount", "The high end CNY 900.00 is below the low end CNY 1,000.00 (in a reported amount of the programme \"p1\").");
        yield return Case("conversion into the same currency", With(r => At(r, "programmes")["headline"]!["sourceConversion"] = N("""{"qualifier":"approximately","amount":"139","currency":"CNY"}""")), "$.programmes[0].headline.sourceConversion.currency", "A source's conversion must be into another currency; both are CNY (in a reported amount of the programme \"p1\").");
        yield return Case("conversion of a conversion", With(r => At(r, "programmes")["headline"]!["sourceConversion"] = N("""{"qualifier":"approximately","amount":"139","currency":"USD","sourceConversion":{"qualifier":"exact","amount":"1","currency":"EUR"}}""")), "$.programmes[0].headline.sourceConversion.sourceConversion", "Unknown property \"sourceConversion\" in a source's conversion (in a reported amount of the programme \"p1\"); allowed: qualifier, amount, currency, upperAmount, precision, stated.");

        // Parts and wholes
        yield return Case("part larger than its whole", With(r => At(r, "programmes")["parts"]![0]!["amount"]!["amount"] = "2000"), "$.programmes[0].parts[0].amount", "The part \"p1.a\" (CNY 2K) of the programme \"p1\" is larger than its whole (CNY 1K).");
        yield return Case("parts adding up to more than the whole", With(r => ((JsonArray)At(r, "programmes")["parts"]!).Add(N($$"""{"id":"p1.b","purpose":"models","description":"models","amount":{"qualifier":"exact","amount":"600","currency":"CNY"},"membership":"included","sources":{{Ref}}}"""))), "$.programmes[0].parts[1].amount", "The included parts of the programme \"p1\" up to \"p1.b\" add up to CNY 1.2K, more than their whole (CNY 1K).");
        yield return Case("included part in another currency", With(r => At(r, "programmes")["parts"]![0]!["amount"]!["currency"] = "USD"), "$.programmes[0].parts[0].amount", "The part \"p1.a\" of the programme \"p1\" is in USD but its whole is in CNY; state included parts in the whole's currency.");
        yield return Case("cap larger than its whole", With(r => At(r, "programmes")["parts"]![0]!["amount"] = N("""{"qualifier":"upTo","amount":"5000","currency":"CNY"}""")), "$.programmes[0].parts[0].amount", "The part \"p1.a\" (up to CNY 5K) of the programme \"p1\" is larger than its whole (CNY 1K).");
        yield return Case("child programme larger than its parent", With(r => ((JsonArray)r["programmes"]!).Add(N($$"""{"id":"p2","name":"Child","sponsorKind":"state","jurisdiction":"CN","instruments":["plan"],"parent":"p1","headline":{"qualifier":"exact","amount":"5000","currency":"CNY"},"sources":{{Ref}}}"""))), "$.programmes[1].headline", "The programme \"p2\" (CNY 5K) is larger than its parent \"p1\" (CNY 1K).");
        yield return Case("unknown parent programme", With(r => At(r, "programmes")["parent"] = "p9"), "$.programmes[0].parent", "Unknown programme \"p9\": no programme with this id is defined.");
        yield return Case("programme its own parent", With(r => At(r, "programmes")["parent"] = "p1"), "$.programmes[0].parent", "The programme \"p1\" cannot be its own parent.");
        yield return Case("parent cycle", With(r =>
        {
            At(r, "programmes")["parent"] = "p2";
            ((JsonArray)r["programmes"]!).Add(N($$"""{"id":"p2","name":"Other","sponsorKind":"state","jurisdiction":"CN","instruments":["plan"],"parent":"p1","sources":{{Ref}}}"""));
        }), "$.programmes[0].parent", "The programme \"p1\" is its own ancestor: p1 → p2 → p1.");

        // Programmes
        yield return Case("unknown sponsor kind", With(r => At(r, "programmes")["sponsorKind"] = "public"), "$.programmes[0].sponsorKind", "\"sponsorKind\" must be one of unknown, state, private, mixed; found the string \"public\".");
        yield return Case("unknown instrument", With(r => At(r, "programmes")["instruments"] = N("""["loan"]""")), "$.programmes[0].instruments[0]", "An instrument must be one of plan, subsidy, computeSubsidy,");
        yield return Case("no instruments", With(r => At(r, "programmes")["instruments"] = N("[]")), "$.programmes[0].instruments", "The programme \"p1\" must list at least one instrument.");
        yield return Case("lifecycle backwards", With(r => At(r, "programmes")["status"] = N($$"""[{"status":"completed","date":"2024","sources":{{Ref}}},{"status":"announced","date":"2025","sources":{{Ref}}}]""")), "$.programmes[0].status[1]", "The programme \"p1\" cannot go from completed to announced: the lifecycle is announced → committed → disbursing → completed, or cancelled before completion.");
        yield return Case("unknown status", With(r => At(r, "programmes")["status"]![0]!["status"] = "paused"), "$.programmes[0].status[0].status", "\"status\" must be one of announced, committed, disbursing, completed, cancelled; found the string \"paused\" (in a status change of the programme \"p1\").");
        yield return Case("status change without sources", With(r => At(r, "programmes")["status"]![0]!.AsObject().Remove("sources")), "$.programmes[0].status[0]", "Missing \"sources\" in a status change of the programme \"p1\": every fact needs at least one source");
        yield return Case("unknown membership", With(r => At(r, "programmes")["parts"]![0]!["membership"] = "maybe"), "$.programmes[0].parts[0].membership", "\"membership\" must be one of included, additional, unclear; found the string \"maybe\" (in a part of the programme \"p1\").");
        yield return Case("part without amount", With(r => At(r, "programmes")["parts"]![0]!.AsObject().Remove("amount")), "$.programmes[0].parts[0]", "Missing required property \"amount\" in a part of the programme \"p1\".");
        yield return Case("duration upside down", With(r => At(r, "programmes")["period"] = N("""{"length":{"min":"5","max":"3","unit":"years"}}""")), "$.programmes[0].period.length.max", "The longest length 3 is below the shortest length 5 (in a period of the programme \"p1\").");
        yield return Case("duration in weeks", With(r => At(r, "programmes")["period"] = N("""{"length":{"min":"3","max":"5","unit":"weeks"}}""")), "$.programmes[0].period.length.unit", "A duration's \"unit\" must be one of days, months, years; found \"weeks\" (in a period of the programme \"p1\").");
        yield return Case("empty period", With(r => At(r, "programmes")["period"] = N("{}")), "$.programmes[0].period", "The period of the programme \"p1\" needs at least one of a start, an end or a length; leave the period out when the sources give none.");
        yield return Case("period ending before it starts", With(r => At(r, "programmes")["period"] = N("""{"start":"2025","end":"2024"}""")), "$.programmes[0].period.end", "The period of the programme \"p1\" ends (2024) before it starts (2025).");
        yield return Case("allocation id clashes with a programme", With(r => At(r, "programmes")["parts"]![0]!["id"] = "p1"), "$.programmes[0].parts[0].id", "Duplicate id \"p1\": already used by a programme at $.programmes[0].");

        // Targets
        yield return Case("goal year before baseline year", With(r => At(r, "targets")["goal"]!["year"] = 2020), "$.targets[0].goal.year", "The goal year 2020 of the target \"t1\" is before its baseline year 2023.");
        yield return Case("share above 100%", With(r => At(r, "targets")["goal"]!["value"]!["share"] = "120%"), "$.targets[0].goal.value.share", "A share must be between 0% and 100%; found 120% (in a dated value of the target \"t1\").");
        yield return Case("negative share", With(r => At(r, "targets")["goal"]!["value"]!["share"] = "-5%"), "$.targets[0].goal.value.share", "A share must be between 0% and 100%; found -5% (in a dated value of the target \"t1\").");
        yield return Case("share without percent sign", With(r => At(r, "targets")["goal"]!["value"]!["share"] = "55"), "$.targets[0].goal.value.share", "A share must be written as a percentage ending in '%', such as \"55%\"; found \"55\" (in a dated value of the target \"t1\").");
        // the value is quoted raw and shortened once, by the problem list (stop 65's mutation run: not shortened twice)
        yield return Case("long share without percent sign", With(r => At(r, "targets")["goal"]!["value"]!["share"] = new string('5', 150)), "$.targets[0].goal.value.share", "A share must be written as a percentage ending in '%', such as \"55%\"; found \"" + new string('5', 60) + "… (150 characters)\" (in a dated value of the target \"t1\").");
        yield return Case("share as a number", With(r => At(r, "targets")["goal"]!["value"]!["share"] = 55), "$.targets[0].goal.value.share", "A share must be a string such as \"55%\"; found the number 55 (in a dated value of the target \"t1\").");
        yield return Case("two kinds in one value", With(r => At(r, "targets")["goal"]!["value"] = N("""{"share":"55%","ratio":"0.55"}""")), "$.targets[0].goal.value", "A metric value must have exactly one of \"share\", \"ratio\", \"money\" or \"number\"; found \"share\", \"ratio\" (in a dated value of the target \"t1\").");
        yield return Case("value of the wrong kind for the metric", With(r => At(r, "indicators")["value"] = N("""{"ratio":"0.83"}""")), "$.indicators[0].value", "The metric \"m1\" takes a share, but this value is a ratio.");
        yield return Case("baseline and goal of different kinds", With(r => At(r, "targets")["goal"]!["value"] = N("""{"ratio":"0.55"}""")), "$.targets[0].baseline.value", "The baseline of the target \"t1\" is a share but its goal is a ratio.");
        yield return Case("unknown target kind", With(r => At(r, "targets")["kind"] = "guess"), "$.targets[0].kind", "\"kind\" must be one of unknown, officialTarget, pledge, analystForecast; found the string \"guess\".");
        yield return Case("unknown metric", With(r => At(r, "targets")["metric"] = "m9"), "$.targets[0].metric", "Unknown metric \"m9\": no metric with this id is defined.");
        yield return Case("unknown subject", With(r => At(r, "targets")["subject"] = "XX"), "$.targets[0].subject", "Unknown jurisdiction or actor \"XX\": no jurisdiction or actor with this id is defined.");
        yield return Case("year as a string", With(r => At(r, "targets")["goal"]!["year"] = "2027"), "$.targets[0].goal.year", "\"year\" must be a whole year from 1 to 9999 (a JSON number); found the string \"2027\" (in a dated value of the target \"t1\").");
        yield return Case("forecaster is a jurisdiction", With(r => At(r, "targets")["by"] = "CN"), "$.targets[0].by", "\"CN\" is a jurisdiction, not an actor.");
        yield return Case("target without sources", With(r => At(r, "targets").Remove("sources")), "$.targets[0]", "Missing \"sources\" in a target: every fact needs at least one source");

        // Indicators, metrics, claims, ambiguities
        yield return Case("negative ratio", With(r =>
        {
            ((JsonArray)r["metrics"]!).Add(N("""{"id":"m2","name":"Ratio","valueKind":"ratio"}"""));
            At(r, "indicators")["metric"] = "m2";
            At(r, "indicators")["value"] = N("""{"ratio":"-0.5"}""");
        }), "$.indicators[0].value.ratio", "A ratio must not be negative; found -0.5 (in a metric value of the indicator \"i1\").");
        yield return Case("unknown method", With(r => At(r, "indicators")["method"] = "poll"), "$.indicators[0].method", "\"method\" must be one of survey, benchmark, report, estimate; found the string \"poll\".");
        yield return Case("indicator without date", With(r => At(r, "indicators").Remove("observed")), "$.indicators[0]", "Missing required property \"observed\" in an indicator.");
        yield return Case("range qualifier on a metric value", With(r => At(r, "indicators")["value"]!["qualifier"] = "between"), "$.indicators[0].value.qualifier", "A metric value's \"qualifier\" must be one of exact, approximately, upTo, atLeast; found the string \"between\" (in a metric value of the indicator \"i1\").");
        yield return Case("negative money value", With(r =>
        {
            ((JsonArray)r["metrics"]!).Add(N("""{"id":"m3","name":"Spend","valueKind":"money"}"""));
            At(r, "indicators")["metric"] = "m3";
            At(r, "indicators")["value"] = N("""{"money":{"amount":"-1","currency":"USD"}}""");
        }), "$.indicators[0].value.money.amount", "\"amount\" must not be negative; found -1 (in a metric value of the indicator \"i1\").");
        yield return Case("unknown metric value kind", With(r => At(r, "metrics")["valueKind"] = "percent"), "$.metrics[0].valueKind", "\"valueKind\" must be one of share, ratio, money, number; found the string \"percent\".");
        yield return Case("claim topic not an id", With(r => At(r, "claims")["topic"] = "has space"), "$.claims[0].topic", "\"has space\" is not a valid id");
        yield return Case("ambiguity with one reading", With(r => At(r, "ambiguities")["readings"] = N("""["only"]""")), "$.ambiguities[0].readings", "The ambiguity \"amb1\" needs at least two readings; with one it is not ambiguous.");
        yield return Case("ambiguity about nothing", With(r => At(r, "ambiguities")["about"] = N("[]")), "$.ambiguities[0].about", "The ambiguity \"amb1\" must name at least one fact it is about.");
        yield return Case("ambiguity about an unknown fact", With(r => At(r, "ambiguities")["about"] = N("""["zz"]""")), "$.ambiguities[0].about[0]", "Unknown fact \"zz\": no fact with this id is defined.");
        yield return Case("inference about a field the fact does not have", With(r => At(r, "claims")["inferred"] = N("""[{"field":"colour","reason":"r"}]""")), "$.claims[0].inferred[0].field", "An inference's \"field\" must be a property of the fact it is in (topic, subject, statement, comparator, by), or a path below one; found \"colour\" (in an inference of the claim \"c1\").");
        yield return Case("jurisdiction inference about its id", With(r => At(r, "jurisdictions", 2)["inferred"] = N("""[{"field":"id","reason":"r"}]""")), "$.jurisdictions[2].inferred[0].field", "An inference's \"field\" must be a property of the fact it is in (kind, name, parent), or a path below one; found \"id\" (in an inference of the jurisdiction \"CN-SH.pudong\").");
        yield return Case("jurisdiction with two inferences about its parent", With(r => At(r, "jurisdictions", 2)["inferred"] = N("""[{"field":"parent","reason":"r"},{"field":"parent","reason":"s"}]""")), "$.jurisdictions[2].inferred", "The field \"parent\" of the jurisdiction \"CN-SH.pudong\" has two inferences (items 0 and 1); give one with both reasons.");
        yield return Case("two inferences about one field", With(r => At(r, "claims")["inferred"] = N("""[{"field":"topic","reason":"r"},{"field":"topic","reason":"s"}]""")), "$.claims[0].inferred", "The field \"topic\" of the claim \"c1\" has two inferences (items 0 and 1); give one with both reasons.");
        yield return Case("precision that is not a power of ten", With(r => At(r, "programmes")["headline"]!["precision"] = "30"), "$.programmes[0].headline.precision", "A precision is the place value of a figure's last digit, a power of ten such as 1,000,000; found 30 (in a reported amount of the programme \"p1\").");
        yield return Case("amount finer than its precision", With(r => At(r, "programmes")["headline"]!["precision"] = "10000"), "$.programmes[0].headline.precision", "The figure 1000 has digits below its precision 10000 (in a reported amount of the programme \"p1\").");
        yield return Case("source url that is not a web address", With(r => At(r, "sources")["url"] = "ftp://example.org/x"), "$.sources[0].url", "The URL of the source \"s1\" must be an absolute http or https address; found \"ftp://example.org/x\".");
        yield return Case("overlap of one programme", With(r => r["overlaps"] = N($$"""[{"id":"o1","programmes":["p1"],"reason":"r","sources":{{Ref}}}]""")), "$.overlaps[0].programmes", "The overlap \"o1\" names only \"p1\"; an overlap needs at least two programmes.");
        yield return Case("overlap of a programme and its part", With(r =>
        {
            ((JsonArray)r["programmes"]!).Add(N($$"""{"id":"p2","name":"Child","sponsorKind":"state","jurisdiction":"CN","instruments":["plan"],"parent":"p1","sources":{{Ref}}}"""));
            r["overlaps"] = N($$"""[{"id":"o1","programmes":["p1","p2"],"reason":"r","sources":{{Ref}}}]""");
        }), "$.overlaps[0].programmes", "\"p2\" is part of \"p1\" (through its parents): programmes in an overlap cannot be part of one another, since the parent already counts its part.");
        yield return Case("overlap of an unknown programme", With(r => r["overlaps"] = N($$"""[{"id":"o1","programmes":["p1","p9"],"reason":"r","sources":{{Ref}}}]""")), "$.overlaps[0].programmes[1]", "Unknown programme \"p9\": no programme with this id is defined.");
        yield return Case("claim with unknown property", With(r => At(r, "claims")["confidence"] = "high"), "$.claims[0].confidence", "Unknown property \"confidence\" in a claim; allowed: id, topic, subject, statement, sources, comparator, by, inferred.");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_document_is_refused_with_its_specific_problem(string name, string json, string path, string message)
    {
        IReadOnlyList<DataProblem> problems = Problems(json);

        problems.Should().Contain(
            p => p.Path == path && p.Message.StartsWith(message, StringComparison.Ordinal),
            $"case \"{name}\" should report \"{message}\" at {path}; got:\n{string.Join("\n", problems)}");
        problems.Should().OnlyContain(p => p.Line >= 1 && p.Column >= 1, "every problem has a position");
        PolicyData.TryLoad(Encoding.UTF8.GetBytes(json), null, out PolicyDataset? dataset, out _).Should().BeFalse();
        dataset.Should().BeNull("a document with errors loads nothing");
    }

    [Fact]
    public void There_are_at_least_fifty_malformed_documents()
    {
        Cases().Count().Should().BeGreaterThanOrEqualTo(50);
        Cases().Select(c => (string)c[0]).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_valid_base_document_loads()
    {
        Problems(Valid).Should().BeEmpty();
    }
}
