using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// Fact-check review (stop 62) of the embedded dataset, and of what the READMEs and notebooks say about it, against the
/// five seed articles. The first group holds systematic checks the other seed tests do not make; they pass today.
/// The second group, marked "FINDING", holds one test per finding: each asserts what the seed (or the data) says, and
/// fails until the text that disagrees is corrected.
/// </summary>
public partial class FactCheckReviewTests
{
    private static readonly PolicyDataset Data = PolicyData.Embedded;

    /// <summary>SHA-256 of each seed copy (line ends read as LF), as in the shared seeds the dataset was curated from.</summary>
    private static readonly Dictionary<string, string> SeedHashes = new(StringComparer.Ordinal)
    {
        ["000_d44b5404beb195bf.txt"] = "984ec2ce7652f276612cb43924e44a9799f58f1f6823e0cb84741f1697717509",
        ["001_96dadea669c51af7.txt"] = "0101617e3c4e4bcff4adcae5b54b5568c39765fc7ee6c585122c915d442b6c52",
        ["002_b8c8c39bee809ba7.txt"] = "74d1a600208c13fc5375eac3725bc30e044ebff759d333e275b7b328fad36420",
        ["003_6d9889f9c9ca89fd.txt"] = "ffbcffc538f943a65933fb60a0b971057032b3094212166295a003bcf11aae40",
        ["004_a4a6a43133d7073b.txt"] = "d75f1130dd2846b9786eda2444b50b978369be701b901d7aa148a4295fc62242",
    };

    // A word that makes a figure approximate, a cap or a floor, written just before it.
    [GeneratedRegex(@"\b(?:about|approximately|approx\.|nearly|almost|around|roughly|some|over|more than|at least|up to|as much as|less than|under|below|above|upwards of|close to|an estimated|estimated)\s*\(?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeBefore();

    // A money figure: digits or a number word, then a magnitude.
    [GeneratedRegex(@"(?<num>[0-9]+(?:\.[0-9]+)?|one|two|three|four|five|six|seven|eight|nine|ten) (?<mag>million|billion|trillion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyFigure();

    [GeneratedRegex(@"(?<![0-9.])(?<num>[0-9]+(?:\.[0-9]+)?)%")]
    private static partial Regex PercentFigure();

    [GeneratedRegex(@"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex YearFigure();

    // Any figure a fact could rest on: digits, or a number word before a magnitude or a duration.
    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?= (?:to \w+ )?(?:million|billion|trillion|years))", RegexOptions.IgnoreCase)]
    private static partial Regex AnyFigure();

    [GeneratedRegex(@"(?<![\p{L}])'(?<p>[^']+)'(?![\p{L}])")]
    private static partial Regex SingleQuoted();

    [GeneratedRegex("\"(?<p>[^\"]+)\"")]
    private static partial Regex DoubleQuoted();

    private static string SeedsFolder() => SeedQuotesTests.SeedsFolder();

    private static string SeedText(string sourceId) =>
        File.ReadAllText(Path.Combine(SeedsFolder(), Path.GetFileName(Data.Source(sourceId).Locator))).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static IEnumerable<string> AllSeedTexts() => Data.Sources.Select(s => SeedText(s.Id));

    private static IEnumerable<(string Fact, SourceReference Reference)> AllReferences() => SeedQuotesTests.AllReferences(Data);

    private static IEnumerable<(string Where, ReportedAmount Amount, IReadOnlyList<SourceReference> Sources)> Amounts()
    {
        foreach (Programme p in Data.Programmes)
        {
            if (p.Headline is not null)
            {
                yield return (p.Id, p.Headline, p.Sources);
                if (p.Headline.SourceConversion is not null)
                {
                    yield return (p.Id + " (conversion)", p.Headline.SourceConversion, p.Sources);
                }
            }

            foreach (Allocation part in p.Parts)
            {
                yield return (part.Id, part.Amount, part.Sources);
            }
        }
    }

    /// <summary>Every place in its seed where <paramref name="text"/> occurs inside one of the quotes: the seed and offset.</summary>
    private static List<(string Seed, int Offset)> OccurrencesInQuotes(string text, IEnumerable<SourceReference> sources)
    {
        var found = new List<(string, int)>();
        foreach (SourceReference r in sources)
        {
            string seed = SeedText(r.SourceId);
            for (int q = seed.IndexOf(r.Quote, StringComparison.Ordinal); q >= 0; q = seed.IndexOf(r.Quote, q + 1, StringComparison.Ordinal))
            {
                for (int i = r.Quote.IndexOf(text, StringComparison.Ordinal); i >= 0; i = r.Quote.IndexOf(text, i + 1, StringComparison.Ordinal))
                {
                    found.Add((seed, q + i));
                }
            }
        }

        return found;
    }

    private static string Before(string seed, int offset) => seed[Math.Max(0, offset - 30)..offset];

    private static decimal Magnitude(string word) => word.ToLowerInvariant() switch
    {
        "million" => 1e6m,
        "billion" => 1e9m,
        _ => 1e12m,
    };

    private static decimal Number(string text) => text.ToLowerInvariant() switch
    {
        "one" => 1m,
        "two" => 2m,
        "three" => 3m,
        "four" => 4m,
        "five" => 5m,
        "six" => 6m,
        "seven" => 7m,
        "eight" => 8m,
        "nine" => 9m,
        "ten" => 10m,
        _ => decimal.Parse(text, CultureInfo.InvariantCulture),
    };

    private static string Percent(decimal percent) => percent.ToString(CultureInfo.InvariantCulture) + "%";

    private static JsonElement[] NotebookCells(string name)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "notebooks", name)));
        return doc.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.Clone()).ToArray();
    }

    private static string CellText(JsonElement cell) => string.Concat(cell.GetProperty("source").EnumerateArray().Select(l => l.GetString()));

    private static string NotebookMarkdown(string name) =>
        string.Join("\n", NotebookCells(name).Where(c => c.GetProperty("cell_type").GetString() == "markdown").Select(CellText));

    // ---------------------------------------------------------------------------------------------------------------
    // Systematic checks the existing seed tests do not make (they pass today).
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Seed_copies_are_the_shared_seed_articles_pinned_by_SHA256_and_are_the_files_the_sources_locate()
    {
        string[] files = Directory.GetFiles(SeedsFolder(), "*.txt").Select(f => Path.GetFileName(f)!).ToArray();
        files.Should().BeEquivalentTo(SeedHashes.Keys, "the folder holds the five seed articles and nothing else");
        Data.Sources.Select(s => Path.GetFileName(s.Locator)).Should().BeEquivalentTo(SeedHashes.Keys, "each source locates one seed, each seed once");
        Data.Sources.Should().OnlyContain(s => s.Locator == "shared/seeds/" + Path.GetFileName(s.Locator), "locators name the original path");
        foreach ((string file, string sha256) in SeedHashes)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(SeedsFolder(), file)).Replace("\r\n", "\n", StringComparison.Ordinal));
            Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(sha256, $"{file} must be the shared seed article unchanged");
        }
    }

    [Fact]
    public void Every_quote_begins_and_ends_on_a_word_boundary_of_its_seed_so_no_word_is_cut()
    {
        var cut = new List<string>();
        int checkedQuotes = 0;
        foreach ((string fact, SourceReference r) in AllReferences())
        {
            string seed = SeedText(r.SourceId);
            int at = seed.IndexOf(r.Quote, StringComparison.Ordinal);
            at.Should().BeGreaterThanOrEqualTo(0, $"{fact}: \"{r.Quote}\" is in {r.SourceId}");
            char before = at == 0 ? ' ' : seed[at - 1];
            char after = at + r.Quote.Length == seed.Length ? ' ' : seed[at + r.Quote.Length];
            if (char.IsLetterOrDigit(before) || char.IsLetterOrDigit(after))
            {
                cut.Add($"{fact}: \"{r.Quote}\" (between '{before}' and '{after}')");
            }

            checkedQuotes++;
        }

        cut.Should().BeEmpty();
        checkedQuotes.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Every_source_conversion_stated_text_is_in_the_quote_of_its_programme()
    {
        var conversions = Data.Programmes.Where(p => p.Headline?.SourceConversion is not null).ToList();
        conversions.Select(p => p.Id).Should().BeEquivalentTo(["cn-ai-industry-development-action-plan", "cn-sh-ai-subsidy-package", "cn-ai-investment-fund"]);
        foreach (Programme p in conversions)
        {
            OccurrencesInQuotes(p.Headline!.SourceConversion!.StatedText!, p.Sources).Should().NotBeEmpty($"{p.Id}: \"{p.Headline.SourceConversion.StatedText}\"");
        }
    }

    [Fact]
    public void No_word_that_hedges_a_stated_figure_in_its_seed_is_dropped_from_the_stated_text()
    {
        var dropped = new List<string>();
        int checkedAmounts = 0;
        foreach ((string where, ReportedAmount amount, IReadOnlyList<SourceReference> sources) in Amounts())
        {
            List<(string Seed, int Offset)> at = OccurrencesInQuotes(amount.StatedText!, sources);
            at.Should().NotBeEmpty($"{where}: \"{amount.StatedText}\" is in its quote");
            foreach ((string seed, int offset) in at)
            {
                if (HedgeBefore().IsMatch(Before(seed, offset)))
                {
                    dropped.Add($"{where}: the seed writes \"{Before(seed, offset)}{amount.StatedText}\", the stated text is \"{amount.StatedText}\" ({amount.Qualifier})");
                }
            }

            checkedAmounts++;
        }

        dropped.Should().BeEmpty();
        checkedAmounts.Should().Be(12);
    }

    [Fact]
    public void Every_target_value_and_year_is_in_its_quote()
    {
        foreach (Target t in Data.Targets)
        {
            string quotes = string.Join(" ", t.Sources.Select(s => s.Quote));
            string goal = Percent(t.Goal.AsShare().Percent);
            quotes.Should().Contain(goal, t.Id);
            quotes.Should().Contain("by " + t.GoalYear.ToString(CultureInfo.InvariantCulture), $"{t.Id}: a goal year is the year the goal is to be reached by");
            foreach ((string seed, int offset) in OccurrencesInQuotes(goal, t.Sources))
            {
                HedgeBefore().IsMatch(Before(seed, offset)).Should().Be(t.Goal.Qualifier != AmountQualifier.Exact, $"{t.Id}: the words before {goal}");
            }

            if (t.Baseline is MetricValue baseline)
            {
                quotes.Should().Contain(Percent(baseline.AsShare().Percent) + " in " + t.BaselineYear!.Value.ToString(CultureInfo.InvariantCulture), t.Id);
            }
        }

        Data.Targets.Should().HaveCount(2);
    }

    [Fact]
    public void Every_indicator_value_year_and_qualifier_is_in_its_quote()
    {
        foreach (Indicator i in Data.Indicators)
        {
            string value = i.Value.Kind switch
            {
                MetricValueKind.Share => Percent(i.Value.AsShare().Percent),
                MetricValueKind.Ratio => Percent(i.Value.AsRatio().Percent),
                _ => throw new InvalidOperationException($"{i.Id}: a {i.Value.Kind} value is not checked here"),
            };
            List<(string Seed, int Offset)> at = OccurrencesInQuotes(value, i.Sources);
            at.Should().NotBeEmpty($"{i.Id}: {value} is in its quote");
            foreach ((string seed, int offset) in at)
            {
                HedgeBefore().IsMatch(Before(seed, offset)).Should().Be(i.Value.Qualifier != AmountQualifier.Exact, $"{i.Id}: the words before {value} in \"{Before(seed, offset)}\"");
            }

            if (i.Observed.Year is int year)
            {
                string.Join(" ", i.Sources.Select(s => s.Quote)).Should().Contain(value + " in " + year.ToString(CultureInfo.InvariantCulture), i.Id);
            }
        }

        Data.Indicators.Should().HaveCount(3);
    }

    [Fact]
    public void Every_money_percent_and_year_figure_in_the_seeds_is_a_recorded_value()
    {
        var amounts = Amounts().Select(a => a.Amount.Amount.Amount).ToList();
        var percents = Data.Targets.SelectMany(t => t.Baseline is MetricValue b ? new[] { t.Goal, b } : new[] { t.Goal })
            .Concat(Data.Indicators.Select(i => i.Value))
            .Select(v => v.Kind == MetricValueKind.Ratio ? v.AsRatio().Percent : v.AsShare().Percent)
            .ToList();
        var years = Data.Targets.SelectMany(t => t.BaselineYear is int b ? new[] { t.GoalYear, b } : new[] { t.GoalYear })
            .Concat(Data.Indicators.Where(i => i.Observed.Year is not null).Select(i => i.Observed.Year!.Value))
            .ToHashSet();
        var unrecorded = new List<string>();
        int figures = 0;
        foreach (Source source in Data.Sources)
        {
            string seed = SeedText(source.Id);
            foreach (Match m in MoneyFigure().Matches(seed))
            {
                figures++;
                if (!amounts.Any(a => a == Number(m.Groups["num"].Value) * Magnitude(m.Groups["mag"].Value)))
                {
                    unrecorded.Add($"{source.Id}: \"{m.Value}\"");
                }
            }

            foreach (Match m in PercentFigure().Matches(seed))
            {
                figures++;
                if (!percents.Any(p => p == decimal.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture)))
                {
                    unrecorded.Add($"{source.Id}: \"{m.Value}\"");
                }
            }

            foreach (Match m in YearFigure().Matches(seed))
            {
                figures++;
                if (!years.Contains(int.Parse(m.Value, CultureInfo.InvariantCulture)))
                {
                    unrecorded.Add($"{source.Id}: \"{m.Value}\"");
                }
            }
        }

        unrecorded.Should().BeEmpty();
        figures.Should().Be(22, "the seeds state 13 money figures, 6 percentages and 3 years");
    }

    [Fact]
    public void Every_figure_in_the_seeds_lies_inside_a_quote_of_its_own_seed()
    {
        var uncovered = new List<string>();
        int figures = 0;
        foreach (Source source in Data.Sources)
        {
            string seed = SeedText(source.Id);
            var spans = new List<(int Start, int End)>();
            foreach (SourceReference r in AllReferences().Select(x => x.Reference).Where(r => r.SourceId == source.Id))
            {
                for (int q = seed.IndexOf(r.Quote, StringComparison.Ordinal); q >= 0; q = seed.IndexOf(r.Quote, q + 1, StringComparison.Ordinal))
                {
                    spans.Add((q, q + r.Quote.Length));
                }
            }

            foreach (Match m in AnyFigure().Matches(seed))
            {
                figures++;
                if (!spans.Any(s => s.Start <= m.Index && m.Index + m.Length <= s.End))
                {
                    uncovered.Add($"{source.Id}: \"{seed[Math.Max(0, m.Index - 30)..Math.Min(seed.Length, m.Index + m.Length + 20)]}\"");
                }
            }
        }

        uncovered.Should().BeEmpty();
        figures.Should().BeGreaterThan(20);
    }

    [Fact]
    public void Every_source_title_is_the_heading_of_its_seed()
    {
        var titled = Data.Sources.Where(s => s.Title is not null).ToList();
        titled.Select(s => s.Id).Should().BeEquivalentTo(["seed-000", "seed-001"], "only two seeds open with a title");
        foreach (Source s in titled)
        {
            SeedText(s.Id).Split('\n')[0].Should().Be(s.Title, s.Id);
        }
    }

    [Fact]
    public void Every_phrase_a_source_note_or_a_claim_statement_quotes_is_in_its_seed()
    {
        int phrases = 0;
        foreach (Source s in Data.Sources.Where(s => s.Note is not null))
        {
            foreach (Match m in SingleQuoted().Matches(s.Note!))
            {
                SeedText(s.Id).Should().Contain(m.Groups["p"].Value, $"{s.Id}'s note quotes it");
                phrases++;
            }
        }

        foreach (Claim c in Data.Claims)
        {
            foreach (Match m in DoubleQuoted().Matches(c.Statement))
            {
                string.Concat(c.Sources.Select(r => SeedText(r.SourceId))).Should().Contain(m.Groups["p"].Value, $"{c.Id}'s statement quotes it");
                phrases++;
            }
        }

        phrases.Should().Be(10);
    }

    /// <summary>The words that name each place, as the articles write them.</summary>
    private static readonly Dictionary<string, string[]> PlaceNames = new(StringComparer.Ordinal)
    {
        ["CN"] = ["China", "Chinese"],
        ["US"] = ["United States", "U.S.", "US", "America", "American"],
        ["CN-SH"] = ["Shanghai"],
        ["CN-ZJ.hangzhou"] = ["Hangzhou"],
        ["CN-GD.shenzhen"] = ["Shenzhen"],
        ["CN-BJ"] = ["Beijing"],
    };

    private static string Word(string text) => @"(?<![\p{L}.])" + Regex.Escape(text) + @"(?![\p{L}])";

    private static string AnyOf(IEnumerable<string> words) => "(?:" + string.Join("|", words.Select(Word)) + ")";

    /// <summary>Whether <paramref name="quote"/> says that the thing it calls <paramref name="mention"/> is of the place
    /// <paramref name="jurisdictionId"/>: the place is in the mention ("Chinese government"), or is its adjective or
    /// possessor at most two words before it ("Chinese President Xi Jinping", "China’s Ministry of …", "Chinese companies
    /// like Huawei"), or follows it as its origin or seat ("DeepSeek, a startup from Hangzhou", "… Conference in
    /// Shanghai"). A place elsewhere in the sentence is not the mention's: "the US initiative is primarily led by private
    /// firms like OpenAI" does not say where OpenAI is, nor "Pan Helin, who serves on an expert committee under China’s
    /// Ministry …" where Pan Helin is.</summary>
    private static bool NamesPlaceOf(string quote, string mention, string jurisdictionId)
    {
        string place = AnyOf(PlaceNames[jurisdictionId]);
        string m = Word(mention);
        return Regex.IsMatch(mention, place)
            || Regex.IsMatch(quote, place + @"(?:’s|'s)?(?:\s+[\p{L}-]+){0,2}\s+" + m)
            || Regex.IsMatch(quote, m + @"(?:,\s+an?\s+[\p{L}-]+\s+from|\s+in)\s+" + place);
    }

    /// <summary>An actor's jurisdiction is the source's word only where one of its quotes names the place as the actor's
    /// ("Chinese companies like Huawei", "a startup from Hangzhou", "Chinese President Xi Jinping"); where the curators
    /// read it from the context of the article (Zhipu AI in a paragraph on China's AI sector, Jack Ma meeting President
    /// Xi, OpenAI leading "the US initiative", Pan Helin on a committee of "China’s Ministry", Trump speaking of "a bid for
    /// the United States"), the actor marks the jurisdiction as inferred, and every phrase the reason quotes is in the
    /// actor's seeds. An actor whose very name is the curators' (the "United States government" of "U.S. efforts") is the
    /// place its quote names.</summary>
    [Fact]
    public void Every_actor_jurisdiction_is_named_as_the_actors_in_one_of_its_quotes_or_marked_inferred_with_the_context_quoted()
    {
        var inferred = new List<string>();
        foreach (Actor a in Data.Actors.Where(a => a.JurisdictionId is not null))
        {
            PlaceNames.Should().ContainKey(a.JurisdictionId!, $"{a.Id}'s jurisdiction needs the words that name it in this test");
            bool nameInferred = a.Inferences.Any(i => i.Field == "name");
            bool stated = a.Sources.Any(r => nameInferred
                ? Regex.IsMatch(r.Quote, AnyOf(PlaceNames[a.JurisdictionId!]))
                : NamesPlaceOf(r.Quote, a.Name, a.JurisdictionId!));
            Inference? inference = a.Inferences.SingleOrDefault(i => i.Field == "jurisdiction");
            (inference is not null).Should().Be(!stated, $"{a.Id}'s jurisdiction {a.JurisdictionId} is {(stated ? "named as its in a quote" : "named as its in none of its quotes")}");
            if (inference is null)
            {
                continue;
            }

            inferred.Add(a.Id);
            ReasonQuotesItsSeeds(a.Id, a.Sources, inference);
        }

        inferred.Should().Equal(
            new[] { "cn-npc", "us-trump-administration", "openai", "baidu", "bytedance", "alibaba", "zhipu-ai", "li-qiang", "pan-helin", "trump", "biden", "jack-ma", "liang-wenfeng" },
            "no quote of theirs names the country as theirs: the articles' context does");
    }

    /// <summary>The words that say what kind of organisation an actor is.</summary>
    private static readonly Dictionary<ActorKind, string[]> KindWords = new()
    {
        [ActorKind.GovernmentBody] = ["government", "Ministry", "Congress", "administration", "agency", "parliament"],
        [ActorKind.StateOwnedCompany] = ["state-owned enterprise", "state-owned enterprises", "state-owned company", "state-owned companies"],
        [ActorKind.PrivateCompany] = ["private firm", "private firms", "private enterprise", "private enterprises", "private company", "private companies"],
        [ActorKind.Company] = ["firm", "firms", "company", "companies", "startup", "startups", "enterprise", "enterprises"],
        [ActorKind.ResearchInstitute] = ["institute", "university", "research centre", "research center"],
        [ActorKind.AnalystFirm] = ["analyst firm", "research firm", "brokerage"],
        [ActorKind.Pollster] = ["pollster", "polling firm", "survey firm"],
        [ActorKind.Event] = ["conference", "summit", "forum"],
    };

    /// <summary>An organisation's kind is the source's word only where one of its quotes says it of the organisation: in
    /// its name ("Ministry of …", "World Artificial Intelligence Conference"), before it ("major tech firms such as Baidu",
    /// "private firms like OpenAI") or as its apposition ("DeepSeek, a startup"). Where the curators read it from what the
    /// organisation did ("A Stanford report", "A recent Ipsos survey", "Bernstein analysts", "an analyst at Plenum",
    /// "Nvidia's leading chip", "Zhipu AI is preparing for an IPO", "U.S. efforts"), the actor marks its kind as inferred,
    /// quoting that; a name that is itself the curators' (the "United States government") says nothing. (A person's kind
    /// is not checked: the quotes name people.)</summary>
    [Fact]
    public void Every_organisations_kind_is_said_of_it_in_one_of_its_quotes_or_marked_inferred_with_the_words_quoted()
    {
        var inferred = new List<string>();
        foreach (Actor a in Data.Actors.Where(a => a.Kind != ActorKind.Person))
        {
            KindWords.Should().ContainKey(a.Kind, $"{a.Id}'s kind needs the words that say it in this test");
            string kind = "(?i:" + AnyOf(KindWords[a.Kind]) + ")";
            string m = Word(a.Name);
            bool stated = (!a.Inferences.Any(i => i.Field == "name") && Regex.IsMatch(a.Name, kind)) || a.Sources.Any(r =>
                Regex.IsMatch(r.Quote, kind + @"[^.;:]{0,40}?" + m) || Regex.IsMatch(r.Quote, m + @",\s+an?\s+(?:[\p{L}-]+\s+)?" + kind));
            Inference? inference = a.Inferences.SingleOrDefault(i => i.Field == "kind");
            (inference is not null).Should().Be(!stated, $"{a.Id}'s kind {a.Kind} is {(stated ? "said of it in a quote" : "said of it in none of its quotes")}");
            if (inference is null)
            {
                continue;
            }

            inferred.Add(a.Id);
            ReasonQuotesItsSeeds(a.Id, a.Sources, inference);
        }

        inferred.Should().Equal(
            new[] { "us-government", "zhipu-ai", "nvidia", "bernstein", "plenum", "ipsos", "stanford" },
            "no quote of theirs says what kind of organisation they are: what they did does");
    }

    /// <summary>A programme's jurisdiction is the source's word only where one of its quotes names the place as the one
    /// that acts or owns ("China is launching", "the United States’ Stargate Project", "Hangzhou … has unveiled plans",
    /// "U.S. export controls"), not as whom it is for or against ("support for US AI companies", "including China"). The
    /// AI Action Plan (the Trump administration's), the 60 billion yuan fund and the state and private investment drive
    /// ("The government …") are read from the articles' context, and mark it inferred, quoting it.</summary>
    [Fact]
    public void Every_programme_jurisdiction_is_named_as_the_actor_in_one_of_its_quotes_or_marked_inferred_with_the_context_quoted()
    {
        var inferred = new List<string>();
        foreach (Programme p in Data.Programmes)
        {
            PlaceNames.Should().ContainKey(p.JurisdictionId, $"{p.Id}'s jurisdiction needs the words that name it in this test");
            string place = AnyOf(PlaceNames[p.JurisdictionId]);
            bool stated = p.Sources.Any(r => Regex.Matches(r.Quote, place).Any(x =>
                !Regex.IsMatch(r.Quote[..x.Index], @"\b(?:for|to|from|against|including|with|toward|towards|in|under|of|on)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)));
            Inference? inference = p.Inferences.SingleOrDefault(i => i.Field == "jurisdiction");
            (inference is not null).Should().Be(!stated, $"{p.Id}'s jurisdiction {p.JurisdictionId} is {(stated ? "named as the actor in a quote" : "named as the actor in none of its quotes")}");
            if (inference is null)
            {
                continue;
            }

            inferred.Add(p.Id);
            ReasonQuotesItsSeeds(p.Id, p.Sources, inference);
        }

        inferred.Should().Equal(
            new[] { "us-ai-action-plan", "cn-ai-investment-fund", "cn-ai-state-and-private-investment" },
            "no quote of theirs names the country that acts: the articles' context does");
    }

    /// <summary>Who pays is the source's word only where a quote says so ("state-sponsored", "are funding", a city's
    /// "subsidy"). Seed-000 says the Stargate Project is "primarily led by private firms", which says who leads it, not who
    /// pays; seed-004 counts the 60 billion yuan fund among the signs of "The government’s commitment", and its summary
    /// lists "Government support and a 60 billion yuan investment fund" side by side, which does not say the state pays
    /// for the fund. Both mark the sponsor kind inferred, quoting the words; the actors the drive's and the national plan's
    /// quotes do not name (the "The government" of seed-002, the government that takes the lead in seed-000) likewise.</summary>
    [Fact]
    public void Sponsor_kinds_and_actors_read_from_who_leads_or_who_is_committed_are_marked_inferred_with_the_words_quoted()
    {
        foreach ((string id, string field, string words) in new[]
        {
            ("us-stargate-project", "sponsorKind", "primarily led by private firms"),
            ("cn-ai-investment-fund", "sponsorKind", "The government’s commitment to AI is clear"),
            ("cn-ai-state-and-private-investment", "actors", "The government"),
            ("cn-ai-industry-development-action-plan", "actors", "With the Chinese government taking the lead"),
        })
        {
            Programme p = Data.Programme(id);
            Inference? inference = p.Inferences.SingleOrDefault(i => i.Field == field);
            inference.Should().NotBeNull($"{id}'s {field} is not stated in its quotes");
            inference!.Reason.Should().Contain("'" + words, $"{id}'s reason quotes the words it was read from");
            ReasonQuotesItsSeeds(id, p.Sources, inference);
        }
    }

    /// <summary>Asserts that <paramref name="inference"/>'s reason quotes the context the curators read it from ('…'),
    /// and that every phrase it quotes is in the fact's seeds.</summary>
    private static void ReasonQuotesItsSeeds(string factId, IEnumerable<SourceReference> sources, Inference inference)
    {
        string seeds = string.Concat(sources.Select(r => r.SourceId).Distinct().Select(SeedText));
        MatchCollection phrases = SingleQuoted().Matches(inference.Reason);
        phrases.Should().NotBeEmpty($"{factId}'s reason quotes the context it was read from");
        foreach (Match m in phrases)
        {
            seeds.Should().Contain(m.Groups["p"].Value, $"{factId}'s reason quotes it");
        }
    }

    /// <summary>Who made a claim, a forecast or a measurement (<c>by</c>) is the source's word only where one of the fact's
    /// quotes names them: "A Stanford report indicates that …", not "with the performance gap narrowing against the US"
    /// alone, which is the second half of Stanford's sentence; "Pan Helin, …, mentioned that “Shanghai’s key advantage
    /// …”", not the quoted words alone; "Bo Zhengyuan, an analyst at Plenum, indicates …" and "… Bo concluded" (a
    /// person by a name of theirs). The 17% of 2023 is the starting point the article gives for Bernstein's forecast
    /// ("a dramatic leap from just 17% in 2023"), not a figure it says Bernstein measured: that indicator marks its
    /// <c>by</c> inferred, quoting the sentence.</summary>
    [Fact]
    public void Every_by_of_a_claim_target_or_indicator_is_named_in_one_of_its_quotes_or_marked_inferred()
    {
        var facts = Data.Claims.Select(c => (c.Id, c.ById, c.Sources, c.Inferences))
            .Concat(Data.Targets.Select(t => (t.Id, t.ById, t.Sources, t.Inferences)))
            .Concat(Data.Indicators.Select(i => (i.Id, i.ById, i.Sources, i.Inferences)))
            .Where(f => f.ById is not null)
            .ToList();
        var inferred = new List<string>();
        foreach ((string id, string? by, IReadOnlyList<SourceReference> sources, IReadOnlyList<Inference> inferences) in facts)
        {
            Actor actor = Data.Actors.Single(a => a.Id == by);
            string[] names = actor.Kind == ActorKind.Person ? [actor.Name, .. actor.Name.Split(' ')] : [actor.Name];
            bool stated = sources.Any(r => Regex.IsMatch(r.Quote, AnyOf(names)));
            Inference? inference = inferences.SingleOrDefault(i => i.Field == "by");
            (inference is not null).Should().Be(!stated, $"{id}'s by {by} is {(stated ? "named in a quote" : "named in none of its quotes")}");
            if (inference is not null)
            {
                inferred.Add(id);
                ReasonQuotesItsSeeds(id, sources, inference);
            }
        }

        facts.Should().HaveCount(12);
        inferred.Should().Equal(["i-domestic-chip-share-2023"], "the others' quotes name who said or measured it");
    }

    /// <summary>An actor's affiliation is the source's word only where one of its quotes names the actor it is affiliated
    /// with ("Bo Zhengyuan, an analyst at Plenum"); where the curators read it from a title or a name ("Premier Li Qiang",
    /// "Chinese President Xi Jinping", Trump and "the Trump administration"), the actor marks the affiliation as inferred,
    /// and every phrase the reason quotes is in the actor's seeds.</summary>
    [Fact]
    public void Every_actor_affiliation_is_named_in_one_of_its_quotes_or_marked_inferred_with_the_context_quoted()
    {
        var inferred = new List<string>();
        foreach (Actor a in Data.Actors.Where(a => a.AffiliationId is not null))
        {
            string name = Data.Actors.Single(o => o.Id == a.AffiliationId).Name;
            bool stated = a.Sources.Any(r => r.Quote.Contains(name, StringComparison.Ordinal));
            Inference? inference = a.Inferences.SingleOrDefault(i => i.Field == "affiliation");
            (inference is not null).Should().Be(!stated, $"{a.Id}'s affiliation {a.AffiliationId} is {(stated ? "named in a quote" : "named in none of its quotes")}");
            if (inference is null)
            {
                continue;
            }

            inferred.Add(a.Id);
            ReasonQuotesItsSeeds(a.Id, a.Sources, inference);
        }

        inferred.Should().Equal(
            new[] { "xi-jinping", "li-qiang", "trump" },
            "no quote of theirs names the government or administration they are affiliated with: a title or a name does");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // FINDINGS: each fails until the text that disagrees with the seeds or the data is corrected.
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>FINDING 1. Notebook 02's last caveat lists the programmes that "have no amount in the sources" as the US
    /// AI Action Plan, the export controls, Project Spare Tire, Beijing's and Shenzhen's measures. Seed-002 gives no
    /// figure for two more, both in the dataset without a headline: "China unveiled a global AI governance plan ..."
    /// (cn-global-ai-governance-plan) and "The government, state-owned enterprises, and private firms are funding AI
    /// research ..." (cn-ai-state-and-private-investment; "investing billions" is no figure).</summary>
    [Fact]
    public void FINDING_Notebook02_names_every_programme_the_seeds_give_no_amount_including_the_governance_plan_and_the_investment_drive()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["us-ai-action-plan"] = "AI Action Plan",
            ["us-export-controls"] = "export controls",
            ["cn-project-spare-tire"] = "Project Spare Tire",
            ["cn-bj-ai-support"] = "Beijing",
            ["cn-gd-shenzhen-ai-support"] = "Shenzhen",
            ["cn-global-ai-governance-plan"] = "governance plan",
            ["cn-ai-state-and-private-investment"] = "investment drive",
        };
        Data.Programmes.Where(p => p.Headline is null).Select(p => p.Id).Should().BeEquivalentTo(words.Keys, "the premise: these programmes have no amount");
        SeedText("seed-002").Should().Contain("China unveiled a global AI governance plan promoting open-source AI models")
            .And.Contain("The government, state-owned enterprises, and private firms are funding AI research, chip production, and skills training");

        string caveat = NotebookMarkdown("02-who-commits-what.ipynb").Split('\n').SkipWhile(l => !l.StartsWith("- Several programmes", StringComparison.Ordinal))
            .TakeWhile(l => l.Length > 0).Aggregate(string.Empty, (a, l) => a + " " + l);
        caveat.Should().Contain("have no amount in the sources");
        string.Join(" | ", words.Values.Where(w => !caveat.Contains(w, StringComparison.Ordinal))).Should().BeEmpty(
            "notebook 02 says which programmes have no amount; it omits cn-global-ai-governance-plan and cn-ai-state-and-private-investment, which the seeds give no figure either");
    }

    /// <summary>FINDING 2. The README ("Numbers an analyst can defend") named DatasetComparison, ExchangeRateFile and
    /// CrossVia and then said "Notebooks 02–05 show each of these on the embedded data". No notebook used any of the
    /// three. Fixed by showing DatasetComparison in notebook 02 (against its illustrative overlay) and by saying that
    /// the rate files and crosses, which need rates the package does not embed, are in no notebook. The test checks
    /// the README's corrected claim in both directions: what it says a notebook shows is used there, and what it
    /// says no notebook uses is in none.</summary>
    [Fact]
    public void FINDING_Every_API_the_readme_says_notebooks_02_to_05_show_is_used_in_one_of_them()
    {
        string readme = Regex.Replace(File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "README.md")), @"\s+", " ");
        string[] named = ["table.Citations", "SourceRateNormalisation", "DatasetComparison", "ExchangeRateFile", "CrossVia"];
        readme.Should().ContainAll(named);
        readme.Should().NotContain("Notebooks 02–05 show each of these", "no notebook uses ExchangeRateFile or CrossVia");
        readme.Should().Contain("Notebook 02 shows `table.Citations` and `DatasetComparison` (against an illustrative overlay) and notebook 05 `SourceRateNormalisation`, on the embedded data; `ExchangeRateFile` and `CrossVia` need rates the package does not embed (it holds only the Federal Reserve's dollar–yuan series), so no notebook uses them.");

        string Code(string notebook) => string.Join("\n", NotebookCells(notebook).Where(c => c.GetProperty("cell_type").GetString() == "code").Select(CellText));
        string[] notebooks = Directory.GetFiles(Path.Combine(SchemaTests.RepositoryRoot(), "notebooks"), "*.ipynb").Select(f => Path.GetFileName(f)!).ToArray();
        Code("02-who-commits-what.ipynb").Should().Contain(".Citations(data)").And.Contain("DatasetComparison.Between(", "the README says notebook 02 shows them");
        Code("05-checking-the-sources.ipynb").Should().Contain("SourceRateNormalisation.Of(", "the README says notebook 05 shows it");
        string.Join(" | ", notebooks.Where(n => Code(n).Contains("ExchangeRateFile", StringComparison.Ordinal) || Code(n).Contains("CrossVia", StringComparison.Ordinal))).Should().BeEmpty(
            "the README says no notebook uses ExchangeRateFile or CrossVia; if one does, say so there");
    }

    /// <summary>FINDING 3. Notebook 01 says of Shanghai's package "The parts add up exactly". The dataset, notebook 03 and
    /// the README say they add up to the stated whole but not exactly, because seed-001's "one billion yuan" and
    /// "600 million yuan" are rounded figures (PartsCheck.AddsUpExactly is false).</summary>
    [Fact]
    public void FINDING_Notebook01_does_not_say_that_Shanghais_rounded_parts_add_up_exactly()
    {
        Data.Programme("cn-sh-ai-subsidy-package").CheckParts().AddsUpExactly.Should().BeFalse("the premise: the figures are rounded");
        SeedText("seed-001").Should().Contain("one billion yuan").And.Contain("600 million yuan is dedicated to computing power subsidies");

        string shanghai = NotebookCells("01-getting-started.ipynb").Select(CellText).Single(t => t.Contains("Shanghai's package is one billion yuan", StringComparison.Ordinal));
        shanghai.Should().NotContain("add up exactly",
            "the seed's figures are rounded: the parts add up to the stated whole, not exactly (PartsCheck.AddsUpExactly is false)");
    }

    /// <summary>FINDING 4. Notebook 01 opens: 'the articles say "one trillion yuan (approximately 138 billion USD)"'.
    /// Seed-000 writes "one trillion Yuan (approximately 138 billion USD)" (capital Y), and the curation rule is that
    /// quotes are verbatim. (Notebook 05 quotes it correctly.)</summary>
    [Fact]
    public void FINDING_Notebook01_quotes_what_the_articles_say_verbatim()
    {
        SeedText("seed-000").Should().Contain("one trillion Yuan (approximately 138 billion USD)");
        string opening = CellText(NotebookCells("01-getting-started.ipynb")[0]);
        opening.Should().Contain("the articles say");
        string seeds = string.Concat(AllSeedTexts());

        string.Join(" | ", DoubleQuoted().Matches(opening).Select(m => m.Groups["p"].Value).Where(p => !seeds.Contains(p, StringComparison.Ordinal))).Should().BeEmpty(
            "what notebook 01 says the articles say must be their words");
    }
}
