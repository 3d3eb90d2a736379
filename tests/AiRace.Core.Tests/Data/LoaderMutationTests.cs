using AiRace.Core.Data;
using AiRace.Core.Tests.Data.Mutation;

namespace AiRace.Core.Tests.Data;

/// <summary>The loader on 10,000 mutated documents (<see cref="DatasetMutants"/>, fixed seed): each is loaded or
/// refused with located problems, and nothing but <see cref="PolicyDataException"/> ever leaves it.</summary>
public class LoaderMutationTests
{
    public const int Mutants = 10_000;

    [Fact]
    public void Every_mutant_is_loaded_or_refused_with_problems_and_nothing_else_is_thrown()
    {
        var failures = new List<string>();
        int accepted = 0, refused = 0;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (DatasetMutant mutant in DatasetMutants.Generate(Mutants))
        {
            try
            {
                bool loaded = PolicyData.TryLoad(mutant.Utf8, mutant.Extending, out PolicyDataset? dataset, out DataProblemList problems);
                if (loaded != (problems.TotalCount == 0) || loaded != dataset is not null)
                {
                    failures.Add($"{mutant}: TryLoad said {loaded} with {problems.TotalCount} problems");
                }

                if (problems.Any(p => p.Line < 1 || p.Column < 1 || string.IsNullOrWhiteSpace(p.Message) || p.Message.Length > 1000 || p.Path.Length > 400))
                {
                    failures.Add($"{mutant}: a problem without a position or with an unreadable message: {problems.First(p => p.Line < 1 || p.Column < 1 || p.Message.Length > 1000 || p.Path.Length > 400)}");
                }

                if (problems.Count > PolicyData.MaxListedProblems)
                {
                    failures.Add($"{mutant}: {problems.Count} problems listed");
                }

                if (dataset is not null)
                {
                    accepted++;
                    string written = PolicyData.ToJson(dataset);
                    if (PolicyData.ToJson(PolicyData.Parse(written)) != written)
                    {
                        failures.Add($"{mutant}: the accepted dataset does not read back as written");
                    }
                }
                else
                {
                    refused++;
                    foreach (DataProblem problem in problems)
                    {
                        string kind = problem.Message.Split(':', '"')[0];
                        kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                    }
                }

                AnswersOnlyWithProblems(() => PolicyData.Parse(mutant.Text, mutant.Extending), mutant, "Parse", failures);
                if (mutant.Number % 10 == 0)
                {
                    AnswersOnlyWithProblems(() => PolicyData.Load(new MemoryStream(mutant.Utf8), mutant.Extending), mutant, "Load(Stream)", failures);
                    AnswersOnlyWithProblems(() => PolicyData.Load(mutant.Utf8, mutant.Extending), mutant, "Load(bytes)", failures);
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{mutant}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        failures.Select(f => f.Length > 600 ? f[..600] + "…" : f).Should().BeEmpty();
        (accepted + refused).Should().Be(Mutants);
        accepted.Should().BeGreaterThan(Mutants / 50, "some mutants stay valid (a deleted optional property, an equivalent value)");
        refused.Should().BeGreaterThan(Mutants / 2);
        kinds.Should().HaveCountGreaterThan(40, "the mutants reach many different problems");
    }

    [Fact]
    public void The_mutants_are_the_same_for_the_same_seed_and_cover_every_kind_of_mutation()
    {
        DatasetMutant[] first = DatasetMutants.Generate(500).ToArray();
        DatasetMutant[] again = DatasetMutants.Generate(500).ToArray();

        again.Select(m => m.Description).Should().Equal(first.Select(m => m.Description));
        again.Select(m => m.Text).Should().Equal(first.Select(m => m.Text));
        string all = string.Join("\n", first.Select(m => m.Description));
        foreach (string kind in new[] { "deleted", "set ", "-character string", "nested", "cycle", "leading into it", "the id of", "dangling", "parts of 28 nines", "repeated the property", "cut at", "lone surrogate", "byte", "UTF-16" })
        {
            all.Should().Contain(kind);
        }

        first.Select(m => m.Base).Distinct().Should().BeEquivalentTo(DatasetMutants.Bases.Select(b => b.Name));
    }

    private static void AnswersOnlyWithProblems(Action load, DatasetMutant mutant, string entryPoint, List<string> failures)
    {
        try
        {
            load();
        }
        catch (PolicyDataException ex)
        {
            if (ex.Problems.TotalCount == 0)
            {
                failures.Add($"{mutant}: {entryPoint} threw without problems");
            }
        }
        catch (Exception ex)
        {
            failures.Add($"{mutant}: {entryPoint} threw {ex.GetType().Name}: {ex.Message}");
        }
    }
}
