using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Data;

/// <summary>Every quote in the embedded dataset appears, character for character, in the seed article it cites.</summary>
public class SeedQuotesTests
{
    internal static string SeedsFolder()
    {
        string root = SchemaTests.RepositoryRoot();
        // The repository keeps its own copy of the seed articles (tests/AiRace.Core.Tests/Data/Seeds), identical to shared/seeds.
        foreach (string candidate in new[] { Path.Combine(root, "tests", "AiRace.Core.Tests", "Data", "Seeds") })
        {
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"The seed articles were not found in {root}/tests/AiRace.Core.Tests/Data/Seeds.");
    }

    internal static IEnumerable<(string Fact, SourceReference Reference)> AllReferences(PolicyDataset data)
    {
        foreach (Jurisdiction j in data.Jurisdictions)
        {
            foreach (SourceReference r in j.Sources)
            {
                yield return (j.Id, r);
            }
        }

        foreach (Actor a in data.Actors)
        {
            foreach (SourceReference r in a.Sources)
            {
                yield return (a.Id, r);
            }
        }

        foreach (Programme p in data.Programmes)
        {
            foreach (SourceReference r in p.Sources.Concat(p.StatusHistory.SelectMany(s => s.Sources)))
            {
                yield return (p.Id, r);
            }

            foreach (Allocation part in p.Parts)
            {
                foreach (SourceReference r in part.Sources)
                {
                    yield return (part.Id, r);
                }
            }
        }

        foreach ((string id, IReadOnlyList<SourceReference> refs) in data.Targets.Select(t => (t.Id, t.Sources))
                     .Concat(data.Indicators.Select(i => (i.Id, i.Sources)))
                     .Concat(data.Claims.Select(c => (c.Id, c.Sources)))
                     .Concat(data.Ambiguities.Select(a => (a.Id, a.Sources)))
                     .Concat(data.Overlaps.Select(o => (o.Id, o.Sources))))
        {
            foreach (SourceReference r in refs)
            {
                yield return (id, r);
            }
        }
    }

    [Fact]
    public void Every_quote_is_verbatim_in_its_seed_article()
    {
        PolicyDataset data = PolicyData.Embedded;
        string folder = SeedsFolder();
        var missing = new List<string>();
        int checkedQuotes = 0;
        foreach ((string fact, SourceReference reference) in AllReferences(data))
        {
            string file = Path.Combine(folder, Path.GetFileName(data.Source(reference.SourceId).Locator));
            string text = File.ReadAllText(file);
            checkedQuotes++;
            if (!text.Contains(reference.Quote, StringComparison.Ordinal))
            {
                missing.Add($"{fact}: \"{reference.Quote}\" is not in {reference.SourceId}");
            }
        }

        missing.Should().BeEmpty();
        checkedQuotes.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Every_source_locator_names_an_existing_seed_file()
    {
        string folder = SeedsFolder();

        PolicyData.Embedded.Sources.Should().OnlyContain(s => File.Exists(Path.Combine(folder, Path.GetFileName(s.Locator))));
    }
}
