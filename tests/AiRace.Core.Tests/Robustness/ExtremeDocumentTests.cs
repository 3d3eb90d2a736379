using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Robustness;

/// <summary>Documents the loader accepts at the edges (decimal's extremes, zero conversions, exotic currencies,
/// years 1 and 9999, deep parent chains): the loader reports only <see cref="PolicyDataException"/>, and every analysis of
/// an accepted document answers or lists the item with a reason.</summary>
public class ExtremeDocumentTests
{
    // ---------- loader and analyses on extreme but accepted documents ----------

    private static JsonObject Doc() => JsonNode.Parse(PolicyData.EmbeddedJson)!.AsObject();

    private static JsonObject Programme(JsonObject doc, string id) =>
        doc["programmes"]!.AsArray().Select(n => n!.AsObject()).Single(p => (string?)p["id"] == id);

    private static JsonObject Target(JsonObject doc, string id) =>
        doc["targets"]!.AsArray().Select(n => n!.AsObject()).Single(p => (string?)p["id"] == id);

    /// <summary>Loads the document; the loader must only report PolicyDataException/problems. When accepted, every
    /// analysis must answer or list the item. Returns the failures (empty = promise kept) and whether it was accepted.</summary>
    private static (List<string> Failures, bool Accepted, string Problems) Sweep(JsonNode doc)
    {
        var failures = new List<string>();
        byte[] utf8 = Encoding.UTF8.GetBytes(doc.ToJsonString());
        PolicyDataset? ds = null;
        string problems = string.Empty;
        try
        {
            PolicyData.TryLoad(utf8, null, out ds, out DataProblemList list);
            problems = string.Join("\n", list.Select(x => x.ToString()).Take(5));
        }
        catch (Exception ex)
        {
            failures.Add($"TryLoad threw {ex.GetType().Name}: {ex.Message}");
        }

        try
        {
            PolicyData.Parse(doc.ToJsonString());
        }
        catch (PolicyDataException)
        {
        }
        catch (Exception ex)
        {
            failures.Add($"Parse threw {ex.GetType().Name}: {ex.Message}");
        }

        if (ds is null)
        {
            return (failures, false, problems);
        }

        string step = "start";
        void Run(string what, Action action)
        {
            step = what;
            try
            {
                action();
            }
            catch (Exception ex)
            {
                failures.Add($"{step} threw {ex.GetType().Name}: {ex.Message}");
            }
        }

        var tables = new List<ResultTable>();
        Run("DatasetTables.All", () => tables.AddRange(DatasetTables.All(ds)));
        Run("FundAudit", () => tables.Add(FundAudit.ToTable(FundAudit.Of(ds))));
        Run("ConversionAudit", () => tables.Add(ConversionAudit.Of(ds, ReferenceRates.FederalReserveH10, 1m).ToTable()));
        Run("ConversionAudit tolerance 0", () => ConversionAudit.Of(ds, ReferenceRates.FederalReserveH10, 0m));
        foreach (Programme prog in ds.Programmes)
        {
            Run($"CheckParts {prog.Id}", () => _ = prog.CheckParts().ToString());
        }

        Run("SourceRateNormalisation", () => SourceRateNormalisation.Of(ds, ds.Programmes, Currency.USD));
        Run("SourceRateNormalisation CNY", () => SourceRateNormalisation.Of(ds, ds.Programmes, Currency.CNY));
        foreach ((Currency target, NormalisationBasis basis) in new[]
                 {
                     (Currency.USD, NormalisationBasis.AtAnnualAverage(2024)),
                     (Currency.CNY, NormalisationBasis.AtAnnualAverage(2015)),
                     (Currency.CNY, NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4))),
                     (Currency.USD, NormalisationBasis.AtDate(new DateOnly(2025, 7, 25), RateLookup.ExactDate)),
                 })
        {
            NormalisationResult? result = null;
            Run($"Normalise {target} {basis}", () => result = new Normaliser(ReferenceRates.FederalReserveH10, target).NormaliseProgrammes(ds.Programmes, basis));
            if (result is null)
            {
                continue;
            }

            if (result.Items.Count + result.NotNormalised.Count != ds.Programmes.Count)
            {
                failures.Add($"Normalise {basis}: {result.Items.Count}+{result.NotNormalised.Count} != {ds.Programmes.Count}");
            }

            Run("Normalise ToTable", () => tables.Add(result.ToTable()));
            foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
            {
                foreach (SponsorTotals sponsors in Enum.GetValues<SponsorTotals>())
                {
                    Run($"Aggregation {key} {sponsors} {basis}", () => tables.Add(Aggregation.Of(result, ds, key, sponsors).ToTable()));
                }
            }

            Run($"Rank {basis}", () => ProgrammeComparison.Rank(result.Items));
            Run($"RankTable {basis}", () => tables.Add(ProgrammeComparison.RankTable(result.Items, ds)));
            foreach (NormalisedProgramme a in result.Items)
            {
                foreach (NormalisedProgramme b in result.Items)
                {
                    if (b.Amount.Value.Amount != 0m)
                    {
                        Run($"RatioOf {a.Programme.Id}/{b.Programme.Id}", () =>
                        {
                            try
                            {
                                ProgrammeComparison.RatioOf(a.Amount, b.Amount);
                            }
                            catch (OverflowException)
                            {
                                // documented: the ratio is beyond decimal
                            }
                        });
                    }
                }
            }
        }

        foreach (Target t in ds.Targets)
        {
            Run($"TargetPath.TryFor {t.Id}", () =>
            {
                if (TargetPath.TryFor(t, out TargetPath? path, out string? reason))
                {
                    _ = path.ToString();
                    _ = path.Points.Count;
                    foreach (Indicator i in ds.Indicators.Where(i => i.MetricId == t.MetricId && i.SubjectId == t.SubjectId && i.Observed.Year is int y && y >= path.BaselineYear && y <= path.GoalYear && i.Value.Kind == t.Goal.Kind))
                    {
                        path.Assess(i);
                    }
                }
                else if (string.IsNullOrWhiteSpace(reason))
                {
                    failures.Add($"TargetPath {t.Id}: no path and no reason");
                }
            });
        }

        foreach (ResultTable table in tables)
        {
            Run($"Csv {table.Name}", () =>
            {
                var csv = new StringWriter();
                var schema = new StringWriter();
                CsvExport.Write(table, csv);
                CsvExport.WriteSchema(table, schema);
                ResultTable back = CsvExport.Read(new StringReader(csv.ToString()), new StringReader(schema.ToString()));
                if (!back.ContentEquals(table))
                {
                    failures.Add($"CSV of {table.Name} does not read back equal");
                }
            });
        }

        Run("ToJson and reload", () =>
        {
            string json = PolicyData.ToJson(ds);
            PolicyDataset again = PolicyData.Parse(json);
            if (again.Programmes.Count != ds.Programmes.Count)
            {
                failures.Add("reloaded dataset lost programmes");
            }
        });
        return (failures, true, problems);
    }

    private static void AssertSweep(JsonNode doc, bool mustBeAccepted = false)
    {
        (List<string> failures, bool accepted, string problems) = Sweep(doc);
        failures.Select(f => f.Length > 500 ? f[..500] : f).Should().BeEmpty();
        if (mustBeAccepted)
        {
            accepted.Should().BeTrue(problems);
        }
    }

    private static void SetHeadline(JsonObject doc, string id, string amount, string currency = "CNY", string? precision = null)
    {
        JsonObject p = Programme(doc, id);
        var h = new JsonObject { ["qualifier"] = "exact", ["amount"] = amount, ["currency"] = currency };
        if (precision is not null)
        {
            h["precision"] = precision;
        }

        p["headline"] = h;
    }

    [Fact]
    public void Headlines_at_decimal_MaxValue_are_analysed_or_listed()
    {
        JsonObject doc = Doc();
        foreach (JsonObject p in doc["programmes"]!.AsArray().Select(n => n!.AsObject()).Where(p => p["headline"] is not null && p["parts"] is null))
        {
            p["headline"] = new JsonObject { ["qualifier"] = "exact", ["amount"] = "79228162514264337593543950335", ["currency"] = (string?)p["headline"]!["currency"] };
        }

        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Headline_smallest_positive_amount_is_analysed_or_listed()
    {
        JsonObject doc = Doc();
        SetHeadline(doc, "us-stargate-project", "0.0000000000000000000000000001", "USD");
        SetHeadline(doc, "cn-zj-hangzhou-compute-subsidy", "0.0000000000000000000000000001", "CNY");
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Zero_headlines_are_analysed_or_listed()
    {
        JsonObject doc = Doc();
        SetHeadline(doc, "us-stargate-project", "0", "USD");
        SetHeadline(doc, "cn-zj-hangzhou-compute-subsidy", "0.00", "CNY");
        SetHeadline(doc, "cn-ai-industry-development-action-plan", "0", "CNY");
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Headlines_in_exotic_currencies_are_listed_not_thrown()
    {
        JsonObject doc = Doc();
        SetHeadline(doc, "us-stargate-project", "1.2345", "CLF");
        SetHeadline(doc, "cn-zj-hangzhou-compute-subsidy", "5", "XAU");
        SetHeadline(doc, "cn-ai-industry-development-action-plan", "1.001", "KWD");
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Headline_with_28_decimals_and_a_source_conversion_of_extremes()
    {
        JsonObject doc = Doc();
        JsonObject p = Programme(doc, "cn-ai-industry-development-action-plan");
        p["headline"] = new JsonObject
        {
            ["qualifier"] = "exact", ["amount"] = "7.9228162514264337593543950335", ["currency"] = "CNY",
            ["sourceConversion"] = new JsonObject { ["qualifier"] = "approximately", ["amount"] = "79228162514264337593543950335", ["currency"] = "USD" },
        };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Source_conversion_of_zero_is_listed_not_thrown()
    {
        JsonObject doc = Doc();
        JsonObject p = Programme(doc, "cn-ai-industry-development-action-plan");
        p["headline"] = new JsonObject
        {
            ["qualifier"] = "exact", ["amount"] = "1000000000000", ["currency"] = "CNY",
            ["sourceConversion"] = new JsonObject { ["qualifier"] = "approximately", ["amount"] = "0", ["currency"] = "USD" },
        };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Zero_headline_with_a_source_conversion()
    {
        JsonObject doc = Doc();
        JsonObject p = Programme(doc, "cn-ai-industry-development-action-plan");
        p["headline"] = new JsonObject
        {
            ["qualifier"] = "exact", ["amount"] = "0", ["currency"] = "CNY",
            ["sourceConversion"] = new JsonObject { ["qualifier"] = "approximately", ["amount"] = "138000000000", ["currency"] = "USD" },
        };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Parts_summing_beyond_decimal_are_checked_not_thrown()
    {
        JsonObject doc = Doc();
        JsonObject p = Programme(doc, "cn-sh-ai-subsidy-package");
        p["headline"]!["amount"] = "79228162514264337593543950335";
        p["headline"]!.AsObject().Remove("precision");
        p["headline"]!.AsObject().Remove("sourceConversion");
        foreach (JsonObject part in p["parts"]!.AsArray().Select(n => n!.AsObject()))
        {
            if (part["amount"] is JsonObject a)
            {
                a["amount"] = "79228162514264337593543950335";
                a.Remove("precision");
            }
        }

        AssertSweep(doc);
    }

    [Fact]
    public void Between_range_at_decimal_extremes()
    {
        JsonObject doc = Doc();
        JsonObject p = Programme(doc, "us-stargate-project");
        p["headline"] = new JsonObject { ["qualifier"] = "between", ["amount"] = "0", ["upperAmount"] = "79228162514264337593543950335", ["currency"] = "USD" };
        JsonObject q = Programme(doc, "cn-zj-hangzhou-compute-subsidy");
        q["headline"] = new JsonObject { ["qualifier"] = "between", ["amount"] = "79228162514264337593543950334", ["upperAmount"] = "79228162514264337593543950335", ["currency"] = "CNY" };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void UpTo_and_AtLeast_at_extremes()
    {
        JsonObject doc = Doc();
        Programme(doc, "us-stargate-project")["headline"] = new JsonObject { ["qualifier"] = "upTo", ["amount"] = "79228162514264337593543950335", ["currency"] = "USD" };
        Programme(doc, "cn-zj-hangzhou-compute-subsidy")["headline"] = new JsonObject { ["qualifier"] = "atLeast", ["amount"] = "79228162514264337593543950335", ["currency"] = "CNY", ["precision"] = "1" };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Precision_extremes()
    {
        JsonObject doc = Doc();
        SetHeadline(doc, "us-stargate-project", "79228162514264337593543950335", "USD", precision: "0.0000000000000000000000000001");
        SetHeadline(doc, "cn-zj-hangzhou-compute-subsidy", "0.0000000000000000000000000001", "CNY", precision: "0.0000000000000000000000000001");
        AssertSweep(doc);
    }

    [Fact]
    public void Target_baseline_and_goal_zero_share()
    {
        JsonObject doc = Doc();
        JsonObject t = Target(doc, "t-bernstein-domestic-chip-share-2027");
        t["baseline"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "0%" }, ["year"] = 2023 };
        t["goal"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "55%" }, ["year"] = 2027 };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Target_goal_zero_from_positive_baseline()
    {
        JsonObject doc = Doc();
        JsonObject t = Target(doc, "t-bernstein-domestic-chip-share-2027");
        t["baseline"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "100%" }, ["year"] = 2023 };
        t["goal"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "0%" }, ["year"] = 2027 };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Target_spanning_year_1_to_9999()
    {
        JsonObject doc = Doc();
        JsonObject t = Target(doc, "t-bernstein-domestic-chip-share-2027");
        t["baseline"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "0.0000000000000000000000001%" }, ["year"] = 1 };
        t["goal"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "100%" }, ["year"] = 9999 };
        AssertSweep(doc);
    }

    [Fact]
    public void Target_baseline_year_equals_goal_year()
    {
        JsonObject doc = Doc();
        JsonObject t = Target(doc, "t-bernstein-domestic-chip-share-2027");
        t["baseline"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "17%" }, ["year"] = 2027 };
        AssertSweep(doc);
    }

    [Fact]
    public void Target_with_tiny_and_huge_shares_compound_growth()
    {
        JsonObject doc = Doc();
        JsonObject t = Target(doc, "t-bernstein-domestic-chip-share-2027");
        t["baseline"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "0.00000000000000000000000001%" }, ["year"] = 2026 };
        t["goal"] = new JsonObject { ["value"] = new JsonObject { ["share"] = "100%" }, ["year"] = 2027 };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void Money_target_with_extreme_values()
    {
        JsonObject doc = Doc();
        JsonObject t = Target(doc, "t-bernstein-domestic-chip-share-2027");
        t["baseline"] = new JsonObject { ["value"] = new JsonObject { ["money"] = new JsonObject { ["amount"] = "0.0000000000000000000000000001", ["currency"] = "CNY" } }, ["year"] = 2023 };
        t["goal"] = new JsonObject { ["value"] = new JsonObject { ["money"] = new JsonObject { ["amount"] = "79228162514264337593543950335", ["currency"] = "CNY" } }, ["year"] = 2024 };
        AssertSweep(doc);
    }

    [Fact]
    public void Number_target_with_negative_to_positive()
    {
        JsonObject doc = Doc();
        JsonObject t = Target(doc, "t-bernstein-domestic-chip-share-2027");
        t["baseline"] = new JsonObject { ["value"] = new JsonObject { ["number"] = "-79228162514264337593543950335" }, ["year"] = 2023 };
        t["goal"] = new JsonObject { ["value"] = new JsonObject { ["number"] = "79228162514264337593543950335" }, ["year"] = 2024 };
        AssertSweep(doc);
    }

    [Fact]
    public void Ratio_target_from_zero()
    {
        JsonObject doc = Doc();
        JsonObject t = Target(doc, "t-bernstein-domestic-chip-share-2027");
        t["baseline"] = new JsonObject { ["value"] = new JsonObject { ["ratio"] = "0" }, ["year"] = 2023 };
        t["goal"] = new JsonObject { ["value"] = new JsonObject { ["ratio"] = "79228162514264337593543950335" }, ["year"] = 2025 };
        AssertSweep(doc);
    }

    [Fact]
    public void Deep_chain_of_parent_programmes()
    {
        JsonObject doc = Doc();
        JsonArray programmes = doc["programmes"]!.AsArray();
        string parent = "cn-ai-industry-development-action-plan";
        for (int i = 0; i < 300; i++)
        {
            string id = $"cn-deep-{i}";
            programmes.Add(new JsonObject
            {
                ["id"] = id, ["name"] = $"Deep {i}", ["sponsorKind"] = "state", ["jurisdiction"] = "CN", ["parent"] = parent,
                ["instruments"] = new JsonArray("subsidy"),
                ["headline"] = new JsonObject { ["qualifier"] = "exact", ["amount"] = (1000 - i).ToString(CultureInfo.InvariantCulture), ["currency"] = i % 2 == 0 ? "CNY" : "USD" },
                ["status"] = new JsonArray(new JsonObject { ["status"] = "announced", ["date"] = "2025-07-26", ["sources"] = Cited() }),
                ["sources"] = Cited(),
            });
            parent = id;
        }

        AssertSweep(doc);
    }

    private static JsonArray Cited() => new(new JsonObject { ["source"] = "seed-000", ["quote"] = "China" });

    [Fact]
    public void Many_programmes_in_every_currency()
    {
        JsonObject doc = Doc();
        JsonArray programmes = doc["programmes"]!.AsArray();
        int i = 0;
        foreach (Currency c in Currency.All)
        {
            programmes.Add(new JsonObject
            {
                ["id"] = $"xx-many-{i}", ["name"] = $"Many {i}", ["sponsorKind"] = i % 2 == 0 ? "state" : "private", ["jurisdiction"] = "CN",
                ["instruments"] = new JsonArray("subsidy"),
                ["headline"] = new JsonObject { ["qualifier"] = "exact", ["amount"] = "79228162514264337593543950335", ["currency"] = c.Code },
                ["status"] = new JsonArray(new JsonObject { ["status"] = "announced", ["date"] = i % 3 == 0 ? "2015-01-01" : "9999-12-31", ["sources"] = Cited() }),
                ["sources"] = Cited(),
            });
            i++;
        }

        AssertSweep(doc);
    }

    [Fact]
    public void Announcement_dates_at_the_edges_of_the_calendar()
    {
        JsonObject doc = Doc();
        string[] dates = { "0001-01-01", "9999-12-31", "2024-02-29", "0001", "9999-12", "2015-01-02", "2025-11-28" };
        int i = 0;
        foreach (JsonObject p in doc["programmes"]!.AsArray().Select(n => n!.AsObject()).Where(p => p["status"] is JsonArray))
        {
            foreach (JsonObject st in p["status"]!.AsArray().Select(n => n!.AsObject()))
            {
                st["date"] = dates[i++ % dates.Length];
            }
        }

        AssertSweep(doc);
    }

    [Fact]
    public void Loader_never_throws_on_hostile_json()
    {
        string[] docs =
        {
            "", "{", "[]", "null", "{\"formatVersion\":1e400}", "{\"formatVersion\":1,\"formatVersion\":1}",
            new string('[', 100_000), "{\"formatVersion\":1,\"programmes\":" + new string('[', 5000) + new string(']', 5000) + "}",
            "\uFEFF{\"formatVersion\":1}", "{\"formatVersion\":1,\"sources\":[{\"id\":\"\\ud800\"}]}",
            "{\"formatVersion\":1,\"programmes\":[{\"id\":\"x\",\"headline\":{\"qualifier\":\"exact\",\"amount\":1e28,\"currency\":\"CNY\"}}]}",
            "{\"formatVersion\":1,\"programmes\":[{\"id\":\"x\",\"headline\":{\"qualifier\":\"exact\",\"amount\":\"" + new string('9', 100_000) + "\",\"currency\":\"CNY\"}}]}",
            "{\"formatVersion\":2147483648}", "{\"formatVersion\":-0}", "{\"formatVersion\":1.0}",
            "{\"formatVersion\":1,\"targets\":[{\"id\":\"t\",\"goal\":{\"value\":{\"share\":\"55%\"},\"year\":99999999999}}]}",
            "{\"formatVersion\":1,\"targets\":[{\"id\":\"t\",\"goal\":{\"value\":{\"share\":\"55%\"},\"year\":-1}}]}",
            "{\"formatVersion\":1,\"targets\":[{\"id\":\"t\",\"goal\":{\"value\":{\"share\":\"55%\"},\"year\":0}}]}",
        };
        foreach (string d in docs)
        {
            try
            {
                PolicyData.Parse(d);
            }
            catch (PolicyDataException)
            {
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"'{(d.Length > 80 ? d[..80] : d)}' threw {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    [Fact]
    public void Loader_invalid_utf8_and_control_bytes()
    {
        byte[][] inputs =
        {
            new byte[] { 0xFF, 0xFE, 0x00 }, new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0x7B, 0xC3 }, Array.Empty<byte>(),
            Encoding.UTF8.GetBytes("{\"formatVersion\":1,\"sources\":[{\"id\":\"a\u0000b\"}]}"),
            new byte[] { 0x7B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x3A, 0x31, 0x7D },
        };
        foreach (byte[] b in inputs)
        {
            try
            {
                PolicyData.Load(b);
            }
            catch (PolicyDataException)
            {
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"{Convert.ToHexString(b)} threw {ex.GetType().Name}: {ex.Message}");
            }

            ((Action)(() => PolicyData.Validate(b))).Should().NotThrow();
        }
    }

    [Fact]
    public void LoadFile_of_missing_or_directory_path_throws_PolicyDataException()
    {
        foreach (string path in new[] { "/nonexistent/x.json", "", "\0" })
        {
            try
            {
                PolicyData.LoadFile(path);
            }
            catch (PolicyDataException)
            {
            }
            catch (ArgumentException) when (path.Length == 0 || path.Contains('\0'))
            {
            }
            catch (IOException)
            {
                // documented
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"'{path}' threw {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    [Fact]
    public void Embedded_analyses_at_every_annual_average_and_month()
    {
        PolicyDataset ds = PolicyData.Embedded;
        foreach (int year in new[] { 1900, 2014, 2015, 2025, 2026, 2200 })
        {
            new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(ds.Programmes, NormalisationBasis.AtAnnualAverage(year));
        }

        foreach (DateOnly d in new[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2015, 1, 1), new DateOnly(2025, 11, 29) })
        {
            foreach (RateLookup l in new[] { RateLookup.ExactDate, RateLookup.MostRecentWithin(31), RateLookup.MonthlyAverage, RateLookup.AnnualAverage })
            {
                NormalisationResult r = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(ds.Programmes, NormalisationBasis.AtDate(d, l));
                Aggregation.Of(r, ds, AggregationKey.Country);
                ReferenceRates.FederalReserveH10.TryGetRate(Currency.CNY, Currency.USD, d, l, out _);
            }
        }
    }

    [Fact]
    public void Tiny_headline_with_huge_source_conversion_is_audited_or_listed()
    {
        JsonObject doc = Doc();
        JsonObject p = Programme(doc, "cn-ai-industry-development-action-plan");
        p["headline"] = new JsonObject
        {
            ["qualifier"] = "exact", ["amount"] = "0.0000000000000000000000000001", ["currency"] = "CNY",
            ["sourceConversion"] = new JsonObject { ["qualifier"] = "approximately", ["amount"] = "79228162514264337593543950335", ["currency"] = "USD" },
        };
        JsonObject q = Programme(doc, "cn-sh-ai-subsidy-package");
        q["headline"]!["sourceConversion"] = new JsonObject { ["qualifier"] = "approximately", ["amount"] = "0.0000000000000000000000000001", ["currency"] = "USD" };
        AssertSweep(doc, mustBeAccepted: true);
    }

    [Fact]
    public void ImpliedRate_beyond_decimal_throws_the_documented_OverflowException()
    {
        ReportedAmount huge = ReportedAmount.Exact(M.Cny(0.0000000000000000000000000001m))
            .WithSourceConversion(ReportedAmount.Approximately(new M(decimal.MaxValue, Currency.USD)));
        ReportedAmount tiny = ReportedAmount.Exact(new M(decimal.MaxValue, Currency.CNY))
            .WithSourceConversion(ReportedAmount.Approximately(M.Usd(0.0000000000000000000000000001m)));
        ReportedAmount zero = ReportedAmount.Exact(M.Cny(5m)).WithSourceConversion(ReportedAmount.Exact(M.Usd(0m)));

        huge.Invoking(a => a.ImpliedRate()).Should().Throw<OverflowException>().WithMessage("*above decimal's maximum*");
        tiny.Invoking(a => a.ImpliedRate()).Should().Throw<OverflowException>().WithMessage("*too small for decimal*");
        zero.ImpliedRate().Should().Be(0m);
    }

    [Fact]
    public void ConversionAudit_TryAudit_with_extremes_answers_or_gives_a_reason()
    {
        var table = ReferenceRates.FederalReserveH10;
        (decimal Amount, decimal Converted)[] cases =
        {
            (0.0000000000000000000000000001m, decimal.MaxValue), (decimal.MaxValue, 0.0000000000000000000000000001m),
            (decimal.MaxValue, decimal.MaxValue), (1m, 1m), (1_000_000_000_000m, 138_000_000_000m),
        };
        foreach ((decimal amount, decimal converted) in cases)
        {
            foreach (PartialDate published in new[] { PartialDate.Unknown, PartialDate.OfDay(2025, 7, 25), PartialDate.OfYear(1), PartialDate.OfDay(9999, 12, 31), PartialDate.OfMonth(2015, 1) })
            {
                foreach (decimal tolerance in new[] { 0m, 1m, decimal.MaxValue })
                {
                    Action act = () =>
                    {
                        bool ok = ConversionAudit.TryAudit("f", "s", ReportedAmount.Exact(M.Cny(amount)), ReportedAmount.Approximately(M.Usd(converted)), published, table, tolerance, out ConversionAuditRow? row, out string? reason);
                        if (ok)
                        {
                            _ = row!.ToString();
                        }
                        else
                        {
                            reason.Should().NotBeNullOrWhiteSpace();
                        }
                    };
                    act.Should().NotThrow($"{amount} -> {converted} at {published}, tolerance {tolerance}");
                }
            }
        }
    }

    [Fact]
    public void ReportedAmount_json_round_trips_at_the_edges()
    {
        var values = new List<ReportedAmount>
        {
            ReportedAmount.Exact(new M(decimal.MaxValue, Currency.CNY)),
            ReportedAmount.Exact(new M(0.0000000000000000000000000001m, Currency.FromCode("CLF"))).WithStatedText("\u2212\u00a0\ud83d\ude00 \"quoted\" \\ \u0000"),
            ReportedAmount.Between(M.Zero(Currency.USD), new M(decimal.MaxValue, Currency.USD)),
            ReportedAmount.UpTo(M.Cny(1.000m)).WithPrecision(1m),
            ReportedAmount.Exact(M.Cny(1_000_000_000_000m)).WithPrecision(1_000_000_000_000m).WithSourceConversion(ReportedAmount.Approximately(M.Usd(0.0000000000000000000000000001m))),
            ReportedAmount.AtLeast(new M(new decimal(0, 0, 0, true, 3), Currency.XXX)),
        };
        foreach (ReportedAmount r in values)
        {
            string json = JsonSerializer.Serialize(r);
            JsonSerializer.Deserialize<ReportedAmount>(json).Should().Be(r, json);
        }
    }

    [Fact]
    public void PartialDate_text_and_json_round_trip_at_the_calendar_edges()
    {
        foreach (PartialDate d in new[] { PartialDate.Unknown, PartialDate.OfYear(1), PartialDate.OfYear(9999), PartialDate.OfMonth(1, 1), PartialDate.OfDay(9999, 12, 31), PartialDate.OfDay(2024, 2, 29), PartialDate.OfDay(1, 1, 1) })
        {
            using (new CultureScope("ar-SA"))
            {
                PartialDate.Parse(d.ToString()).Should().Be(d, d.ToString());
                JsonSerializer.Deserialize<PartialDate>(JsonSerializer.Serialize(d)).Should().Be(d);
            }

            using (new CultureScope("th-TH"))
            {
                PartialDate.Parse(d.ToString()).Should().Be(d, d.ToString());
            }
        }

        foreach (string bad in new[] { "0000", "2023-02-29", "10000", "2024-13", "2024-00", "2024-1-1", "\u0662\u0660\u0662\u0664", "+2024", "2024-02-29T00:00", "", " 2024", "-0001" })
        {
            ((Action)(() => PartialDate.Parse(bad))).Should().Throw<FormatException>(bad);
        }
    }

    [Fact]
    public void LoadFile_of_a_directory_throws_a_documented_exception()
    {
        // a directory cannot be opened as a file: the UnauthorizedAccessException File.OpenRead gives, documented
        string dir = Path.GetDirectoryName(typeof(ExtremeDocumentTests).Assembly.Location)!;
        Action act = () => PolicyData.LoadFile(dir);
        act.Should().Throw<UnauthorizedAccessException>();
    }

    [Fact]
    public void Csv_read_of_hostile_text_throws_CsvFormatException_only()
    {
        ResultTable table = DatasetTables.Programmes(PolicyData.Embedded);
        var schema = new StringWriter();
        CsvExport.WriteSchema(table, schema);
        string csv = CsvExport.ToCsv(table);
        string header = csv[..csv.IndexOf('\n')];
        string[] bodies =
        {
            "", "\"", header + "\n\"unterminated", header + "\n" + new string(',', 10_000), csv.Replace("CNY", "XYZ"),
            csv.Replace("1000000000000", "1e12"), csv.Replace("1000000000000", "79228162514264337593543950336"),
            csv + "\n\n\n", csv.Replace("\n", "\r"), "\uFEFF" + csv, csv.Replace(",", ";"), header,
        };
        foreach (string body in bodies)
        {
            try
            {
                CsvExport.Read(new StringReader(body), new StringReader(schema.ToString()));
            }
            catch (CsvFormatException)
            {
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"'{(body.Length > 60 ? body[..60] : body)}' threw {ex.GetType().Name}: {ex.Message}");
            }
        }

        foreach (string badSchema in new[] { "", "{}", "[]", "{\"columns\":[{}]}", "null", "{\"name\":1}", new string('[', 10_000) })
        {
            try
            {
                CsvExport.Read(new StringReader(csv), new StringReader(badSchema));
            }
            catch (CsvFormatException)
            {
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"schema '{(badSchema.Length > 60 ? badSchema[..60] : badSchema)}' threw {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    [Fact]
    public void TargetPath_Assess_with_extreme_observations_answers()
    {
        TargetPath path = TargetPath.For(PolicyData.Embedded.Targets.Single(t => t.Id == "t-bernstein-domestic-chip-share-2027"));
        foreach (int year in Enumerable.Range(path.BaselineYear, path.GoalYear - path.BaselineYear + 1))
        {
            foreach (decimal observed in new[] { decimal.MinValue, decimal.MaxValue, 0m, -0.0000000000000000000000000001m })
            {
                foreach (decimal tolerance in new[] { 0m, decimal.MaxValue })
                {
                    PathAssessment a = path.Assess(year, observed, tolerance);
                    a.ToString().Should().NotBeNullOrEmpty();
                }
            }
        }

        ((Action)(() => path.Assess(path.GoalYear + 1, 1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => path.Assess(int.MinValue, 1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => path.LinearValueAt(int.MaxValue))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
