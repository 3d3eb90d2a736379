using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Tests.Data.Mutation;
using Xunit.Abstractions;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// Whatever the loader accepts, every analysis handles (issue 13 §3 and §5): each mutant of the loader's property test
/// (<see cref="DatasetMutants"/>, the same fixed seed and the same 10,000 documents) that the loader accepts is given to
/// every public entry point of AiRace.Core.Analysis — the dataset tables, the fund and conversion audits, normalisation
/// at an annual average and at each announcement date, every aggregation key with sponsor kinds apart and combined,
/// the ranking and its ratios, the path of every target with every indicator on it, and the CSV export of every table
/// (read back equal). Each must answer, or list the item as not computable with a reason; nothing may throw, and no
/// programme may go missing between the input and the answer.
/// </summary>
public class AnalysesOnMutantsTests(ITestOutputHelper output)
{
    private static readonly Normaliser ToUsd = new(ReferenceRates.FederalReserveH10, Currency.USD);
    private static readonly Normaliser ToCny = new(ReferenceRates.FederalReserveH10, Currency.CNY);

    [Fact]
    public void Every_analysis_answers_every_accepted_mutant_or_lists_what_it_cannot_compute()
    {
        var failures = new List<string>();
        var loading = new System.Diagnostics.Stopwatch();
        var analysing = new System.Diagnostics.Stopwatch();
        int accepted = 0, paths = 0, notNormalised = 0, notAudited = 0;
        foreach (DatasetMutant mutant in DatasetMutants.Generate(LoaderMutationTests.Mutants))
        {
            loading.Start();
            bool loaded = PolicyData.TryLoad(mutant.Utf8, mutant.Extending, out PolicyDataset? dataset, out _);
            loading.Stop();
            if (!loaded || dataset is null)
            {
                continue;
            }

            accepted++;
            string step = "start";
            analysing.Start();
            try
            {
                (int p, int n, int a) = AnalyseAll(dataset, s => step = s, failures, mutant);
                paths += p;
                notNormalised += n;
                notAudited += a;
            }
            catch (Exception ex)
            {
                failures.Add($"{mutant}: {step} threw {ex.GetType().Name}: {ex.Message}");
            }

            analysing.Stop();
        }

        output.WriteLine($"{accepted} accepted; loading {loading.Elapsed.TotalSeconds:0.0} s, analyses {analysing.Elapsed.TotalSeconds:0.0} s; {paths} paths, {notNormalised} not normalised, {notAudited} not audited");
        foreach (string failure in failures.Take(50))
        {
            output.WriteLine(failure);
        }

        failures.Select(f => f.Length > 600 ? f[..600] + "…" : f).Should().BeEmpty();
        accepted.Should().BeGreaterThan(LoaderMutationTests.Mutants / 50, "the loader's test finds that many valid mutants");
        paths.Should().BeGreaterThan(0, "the embedded targets with a baseline give paths");
        (notNormalised + notAudited).Should().BeGreaterThan(0, "the mutants reach items no analysis can compute, which are listed");
    }

    private static (int Paths, int NotNormalised, int NotAudited) AnalyseAll(PolicyDataset dataset, Action<string> step, List<string> failures, DatasetMutant mutant)
    {
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                failures.Add($"{mutant}: {what}");
            }
        }

        step("DatasetTables.All");
        var tables = new List<ResultTable>(DatasetTables.All(dataset));

        step("FundAudit");
        IReadOnlyList<FundAuditRow> fund = FundAudit.Of(dataset);
        Check(fund.Select(r => r.Programme.Id).SequenceEqual(dataset.Programmes.Where(p => p.Parts.Count > 0).Select(p => p.Id)), "the fund audit has not one row per programme with parts");
        Check(fund.All(r => !string.IsNullOrWhiteSpace(r.Summary)), "a fund audit row without a summary");
        tables.Add(FundAudit.ToTable(fund));

        step("ConversionAudit");
        ConversionAudit audit = ConversionAudit.Of(dataset, ReferenceRates.FederalReserveH10, 1m);
        Check(audit.NotAudited.All(n => !string.IsNullOrWhiteSpace(n.Reason)), "an amount not audited without a reason");
        tables.Add(audit.ToTable());

        int notNormalised = 0;
        foreach ((Normaliser normaliser, NormalisationBasis basis) in new[]
                 {
                     (ToUsd, NormalisationBasis.AtAnnualAverage(2024)),
                     (ToCny, NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4))),
                 })
        {
            step($"NormaliseProgrammes to {normaliser.Target} {basis}");
            NormalisationResult result = normaliser.NormaliseProgrammes(dataset.Programmes, basis);
            Check(result.Items.Count + result.NotNormalised.Count == dataset.Programmes.Count, $"normalisation ({basis}) answered {result.Items.Count} and listed {result.NotNormalised.Count} of {dataset.Programmes.Count} programmes");
            Check(result.NotNormalised.All(n => !string.IsNullOrWhiteSpace(n.Reason)), "a programme not normalised without a reason");
            notNormalised += result.NotNormalised.Count;
            tables.Add(result.ToTable());

            foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
            {
                foreach (SponsorTotals sponsors in Enum.GetValues<SponsorTotals>())
                {
                    step($"Aggregation.Of {key} {sponsors}");
                    Aggregation aggregation = Aggregation.Of(result, dataset, key, sponsors);
                    Check(aggregation.Groups.All(g => g.Notes.All(n => !string.IsNullOrWhiteSpace(n.Note))), $"an aggregation note ({key}) without its reason");
                    tables.Add(aggregation.ToTable());
                }
            }

            step("ProgrammeComparison");
            IReadOnlyList<ComparisonRow> ranking = ProgrammeComparison.Rank(result.Items);
            Check(ranking.Count <= result.Items.Count, "the ranking has more rows than programmes");
            tables.Add(ProgrammeComparison.RankTable(result.Items));
            if (result.Items.Count > 0)
            {
                NormalisedAmount largest = result.Items.MaxBy(i => i.Amount.Value.Amount).Amount;
                foreach (NormalisedProgramme item in result.Items)
                {
                    if (largest.Value.Amount != 0m)
                    {
                        step($"RatioOf {item.Programme.Id}");
                        ProgrammeComparison.RatioOf(item.Amount, largest);
                    }
                }
            }
        }

        int paths = 0;
        foreach (Target target in dataset.Targets)
        {
            step($"TargetPath.TryFor {target.Id}");
            if (!TargetPath.TryFor(target, out TargetPath? path, out string? reason))
            {
                Check(!string.IsNullOrWhiteSpace(reason), $"no path for {target.Id} and no reason");
                continue;
            }

            paths++;
            Check(path.Points.Count == target.GoalYear - path.BaselineYear + 1, $"the path of {target.Id} does not have a point per year");
            foreach (Indicator indicator in dataset.Indicators.Where(i => i.MetricId == target.MetricId && i.SubjectId == target.SubjectId
                                                                            && i.Observed.Year is int y && y >= path.BaselineYear && y <= path.GoalYear
                                                                            && i.Value.Kind == target.Goal.Kind))
            {
                step($"Assess {indicator.Id} on {target.Id}");
                PathAssessment assessment = path.Assess(indicator);
                Check(!string.IsNullOrWhiteSpace(assessment.Note), $"an assessment of {indicator.Id} without a note");
            }
        }

        foreach (ResultTable table in tables)
        {
            step($"CsvExport {table.Name}");
            var csv = new StringWriter();
            var schema = new StringWriter();
            CsvExport.Write(table, csv);
            CsvExport.WriteSchema(table, schema);
            ResultTable back = CsvExport.Read(new StringReader(csv.ToString()), new StringReader(schema.ToString()));
            Check(back.ContentEquals(table), $"the CSV of {table.Name} does not read back equal");
        }

        return (paths, notNormalised, audit.NotAudited.Count);
    }
}
