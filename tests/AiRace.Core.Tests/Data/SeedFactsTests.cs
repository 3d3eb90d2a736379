using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Data;

/// <summary>Every fact of the five seed articles, asserted by content.</summary>
public class SeedFactsTests
{
    private static readonly PolicyDataset Data = PolicyData.Embedded;

    private static Money Cny(decimal amount) => Money.Cny(amount);

    private static Money Usd(decimal amount) => Money.Usd(amount);

    [Fact]
    public void Shanghai_package_is_one_billion_yuan_with_the_source_conversion_of_about_139_million_dollars()
    {
        Programme shanghai = Data.Programme("cn-sh-ai-subsidy-package");

        shanghai.JurisdictionId.Should().Be("CN-SH");
        shanghai.SponsorKind.Should().Be(SponsorKind.State);
        shanghai.Headline!.Qualifier.Should().Be(AmountQualifier.Exact);
        shanghai.Headline.Amount.Should().Be(Money.Billions(1, Currency.CNY));
        shanghai.Headline.StatedText.Should().Be("one billion yuan");
        shanghai.Headline.SourceConversion!.Qualifier.Should().Be(AmountQualifier.Approximately);
        shanghai.Headline.SourceConversion.Amount.Should().Be(Money.Millions(139, Currency.USD));
        shanghai.Status.Should().Be(ProgrammeStatus.Announced);
        shanghai.StatusHistory.Single().Date.Should().Be(PartialDate.Unknown);
        shanghai.Sources.Single().SourceId.Should().Be("seed-001");
    }

    [Fact]
    public void Shanghai_parts_are_600_300_and_100_million_yuan_for_compute_models_and_data()
    {
        Programme shanghai = Data.Programme("cn-sh-ai-subsidy-package");
        Allocation Part(AllocationPurpose purpose) => shanghai.Parts.Single(p => p.Purpose == purpose);

        Part(AllocationPurpose.Compute).Amount.Amount.Should().Be(Money.Millions(600, Currency.CNY));
        Part(AllocationPurpose.Compute).Description.Should().Be("computing power subsidies");
        Part(AllocationPurpose.Models).Amount.Amount.Should().Be(Money.Millions(300, Currency.CNY));
        Part(AllocationPurpose.Models).Description.Should().Be("subsidies on third-party AI models");
        Part(AllocationPurpose.Data).Amount.Amount.Should().Be(Money.Millions(100, Currency.CNY));
        Part(AllocationPurpose.Data).Description.Should().Be("helping companies access training datasets");
        foreach (AllocationPurpose purpose in new[] { AllocationPurpose.Compute, AllocationPurpose.Models, AllocationPurpose.Data })
        {
            Part(purpose).Membership.Should().Be(PartMembership.Included);
            Part(purpose).Amount.Qualifier.Should().Be(AmountQualifier.Exact);
        }
    }

    [Fact]
    public void Shanghai_three_parts_add_up_to_the_stated_whole_not_exactly_and_the_institution_cap_is_kept_apart()
    {
        PartsCheck check = Data.Programme("cn-sh-ai-subsidy-package").CheckParts();

        check.IsConsistent.Should().BeTrue(string.Join("; ", check.Problems));
        check.IncludedTotal.Should().Be(Cny(1_000_000_000m));
        check.AddsUpExactly.Should().BeFalse("\"one billion yuan\" and the parts are rounded figures");
        check.Remainder.Should().Be(Cny(0m));
        check.IncludedCaps.Should().BeNull();
        check.Unclear.Should().ContainSingle().Which.Id.Should().Be("cn-sh-ai-subsidy-package.research-institutions");
    }

    [Fact]
    public void Shanghai_research_institution_support_is_a_cap_of_500_million_yuan_over_three_to_five_years_with_unclear_membership()
    {
        Allocation institutions = Data.Programme("cn-sh-ai-subsidy-package").Parts.Single(p => p.Purpose == AllocationPurpose.ResearchInstitutions);

        institutions.Amount.Qualifier.Should().Be(AmountQualifier.UpTo);
        institutions.Amount.IsCap.Should().BeTrue();
        institutions.Amount.UpperBound.Should().Be(Cny(500_000_000m));
        institutions.Amount.LowerBound.Should().Be(Cny(0m));
        institutions.Membership.Should().Be(PartMembership.Unclear);
        institutions.Period!.Length.Should().Be(DurationRange.Years(3, 5));
        institutions.Period.Start.Should().Be(PartialDate.Unknown);
        institutions.Description.Should().Be("new AI research institutions");
    }

    [Fact]
    public void Whether_the_institution_support_is_inside_the_billion_is_recorded_as_an_ambiguity_not_guessed()
    {
        Ambiguity ambiguity = Data.AmbiguitiesAbout("cn-sh-ai-subsidy-package.research-institutions")
            .Single(a => a.Id == "a-sh-institution-support-in-package");

        ambiguity.About.Should().Contain("cn-sh-ai-subsidy-package");
        ambiguity.Readings.Should().HaveCount(2);
        ambiguity.Readings[0].Should().Contain("inside the one billion yuan");
        ambiguity.Readings[1].Should().Contain("separate commitment");
        ambiguity.Question.Should().Contain("up-to-500-million-yuan");
    }

    [Fact]
    public void Hangzhou_has_250_million_yuan_of_computing_power_subsidies()
    {
        Programme hangzhou = Data.Programme("cn-zj-hangzhou-compute-subsidy");

        hangzhou.JurisdictionId.Should().Be("CN-ZJ.hangzhou");
        hangzhou.Headline!.Amount.Should().Be(Money.Millions(250, Currency.CNY));
        hangzhou.Headline.Qualifier.Should().Be(AmountQualifier.Exact);
        hangzhou.Instruments.Should().Equal(Instrument.ComputeSubsidy);
        hangzhou.Status.Should().Be(ProgrammeStatus.Announced);
        Data.Jurisdiction("CN-ZJ.hangzhou").Kind.Should().Be(JurisdictionKind.City);
        Data.Jurisdiction("CN-ZJ.hangzhou").ParentId.Should().Be("CN-ZJ");
    }

    [Fact]
    public void Every_jurisdiction_no_article_names_is_the_inferred_province_of_a_city_one_does()
    {
        Jurisdiction[] unsourced = Data.Jurisdictions.Where(j => j.Sources.Count == 0).ToArray();
        unsourced.Select(j => j.Id).Should().BeEquivalentTo(["CN-ZJ", "CN-GD"], "seed-001 names Hangzhou and Shenzhen, not their provinces");
        foreach (Jurisdiction province in unsourced)
        {
            province.Kind.Should().Be(JurisdictionKind.Subdivision);
            Jurisdiction[] cities = Data.Jurisdictions.Where(j => j.ParentId == province.Id).ToArray();
            cities.Should().NotBeEmpty($"{province.Id} is recorded only as a city's province");
            cities.Should().OnlyContain(c => c.Sources.Count > 0 && c.Inferences.Any(i => i.Field == "parent" && i.Reason.Contains(province.Name, StringComparison.Ordinal)),
                "the city's province is the curators' inference, and says so");
        }

        Data.Jurisdiction("CN-SH").Inferences.Should().BeEmpty("seed-001 names Shanghai itself");
    }

    [Fact]
    public void Shenzhen_and_Beijing_launch_similar_support_measures_without_stated_amounts()
    {
        Programme shenzhen = Data.Programme("cn-gd-shenzhen-ai-support");
        Programme beijing = Data.Programme("cn-bj-ai-support");

        shenzhen.JurisdictionId.Should().Be("CN-GD.shenzhen");
        Data.Jurisdiction("CN-GD.shenzhen").ParentId.Should().Be("CN-GD");
        beijing.JurisdictionId.Should().Be("CN-BJ");
        shenzhen.Headline.Should().BeNull();
        beijing.Headline.Should().BeNull();
        beijing.Sources.Single().Quote.Should().Contain("Hangzhou, Shenzhen, and Beijing are launching similar support measures");
    }

    [Fact]
    public void Action_plan_is_one_trillion_yuan_with_the_source_conversion_of_approximately_138_billion_dollars()
    {
        Programme plan = Data.Programme("cn-ai-industry-development-action-plan");

        plan.Name.Should().Be("AI Industry Development Action Plan");
        plan.SponsorKind.Should().Be(SponsorKind.State);
        plan.JurisdictionId.Should().Be("CN");
        plan.Headline!.Amount.Should().Be(Money.Trillions(1, Currency.CNY));
        plan.Headline.StatedText.Should().Be("one trillion Yuan");
        plan.Headline.SourceConversion!.Amount.Should().Be(Money.Billions(138, Currency.USD));
        plan.Headline.SourceConversion.Qualifier.Should().Be(AmountQualifier.Approximately);
        plan.Headline.ImpliedRate().Should().Be(0.138m);
        plan.Actors.Select(a => a.ActorId).Should().Contain(["baidu", "bytedance", "alibaba", "deepseek"]);
        plan.Sources.Should().OnlyContain(s => s.SourceId == "seed-000");
    }

    [Fact]
    public void Stargate_is_a_500_billion_dollar_private_led_infrastructure_effort_with_openai()
    {
        Programme stargate = Data.Programme("us-stargate-project");

        stargate.JurisdictionId.Should().Be("US");
        stargate.Headline!.Amount.Should().Be(Money.Billions(500, Currency.USD));
        stargate.Headline.SourceConversion.Should().BeNull();
        stargate.SponsorKind.Should().Be(SponsorKind.Private);
        stargate.Actors.Should().ContainSingle(a => a.ActorId == "openai");
        stargate.Uses(Instrument.Infrastructure).Should().BeTrue();
        stargate.Status.Should().BeNull("the article reports no status");
        Data.Actor("openai").Kind.Should().Be(ActorKind.PrivateCompany);
        Data.AmbiguitiesAbout("us-stargate-project").Should().ContainSingle(a => a.Id == "a-stargate-sponsor");
    }

    [Fact]
    public void Sixty_billion_yuan_fund_with_the_source_conversion_of_8_2_billion_dollars()
    {
        Programme fund = Data.Programme("cn-ai-investment-fund");

        fund.Instruments.Should().Equal(Instrument.InvestmentFund);
        fund.Headline!.Amount.Should().Be(Money.Billions(60, Currency.CNY));
        fund.Headline.SourceConversion!.Amount.Should().Be(Money.Billions(8.2m, Currency.USD));
        fund.Headline.SourceConversion.StatedText.Should().Be("$8.2 billion");
        fund.Sources.Should().Contain(s => s.SourceId == "seed-004" && s.Quote.Contains("60 billion yuan ($8.2 billion) investment fund", StringComparison.Ordinal));
        Data.AmbiguitiesAbout("cn-ai-investment-fund").Should().ContainSingle(a => a.Id == "a-fund-sponsor");
    }

    [Fact]
    public void Bernstein_forecasts_domestic_chips_at_55_percent_of_the_accelerator_market_in_2027_from_17_percent_in_2023()
    {
        Target forecast = Data.TargetsFor("ai-accelerator-market-share.domestic-chips", "CN").Single();

        forecast.Kind.Should().Be(TargetKind.AnalystForecast);
        forecast.ById.Should().Be("bernstein");
        Data.Actor("bernstein").Kind.Should().Be(ActorKind.AnalystFirm);
        forecast.Baseline!.Value.AsShare().Should().Be(Share.FromPercent(17));
        forecast.BaselineYear.Should().Be(2023);
        forecast.Goal.AsShare().Should().Be(Share.FromPercent(55));
        forecast.GoalYear.Should().Be(2027);
        forecast.ChangeInPoints.Should().Be(PercentagePoints.Of(38));
    }

    [Fact]
    public void Domestic_chip_share_of_17_percent_in_2023_is_also_an_observation()
    {
        Indicator observed = Data.IndicatorsFor("ai-accelerator-market-share.domestic-chips").Single();

        observed.Value.AsShare().Should().Be(Share.FromPercent(17));
        observed.Observed.Should().Be(PartialDate.OfYear(2023));
        observed.ById.Should().Be("bernstein");
    }

    [Fact]
    public void Project_Spare_Tire_seeks_70_percent_semiconductor_self_sufficiency_by_2028()
    {
        Target target = Data.TargetsOf("cn-project-spare-tire").Single();

        target.MetricId.Should().Be("semiconductor-self-sufficiency");
        target.SubjectId.Should().Be("CN");
        target.Goal.AsShare().Should().Be(Share.FromPercent(70));
        target.GoalYear.Should().Be(2028);
        target.Baseline.Should().BeNull();
        target.BaselineYear.Should().BeNull();
        target.Kind.Should().Be(TargetKind.Unknown, "its own ambiguity says the sponsor is unknown, so the kind cannot settle it");
        target.ById.Should().BeNull("the summary names no body that set it");
        Data.Programme("cn-project-spare-tire").SponsorKind.Should().Be(SponsorKind.Unknown);
        Data.AmbiguitiesAbout("t-spare-tire-self-sufficiency-2028").Should().ContainSingle(a => a.Id == "a-spare-tire-sponsor");
    }

    [Fact]
    public void Huawei_reaches_about_65_percent_of_Nvidias_leading_chip()
    {
        Indicator huawei = Data.IndicatorsAbout("huawei").Single();

        huawei.Value.AsRatio().Should().Be(Ratio.Of(0.65m));
        huawei.Value.Qualifier.Should().Be(AmountQualifier.Approximately);
        huawei.Comparator.Should().Be("Nvidia's leading chip");
        huawei.ComparatorId.Should().Be("nvidia");
        huawei.Observed.Precision.Should().Be(DatePrecision.Unknown);
        huawei.Sources.Single().Quote.Should().Contain("reaching about 65% of Nvidia's leading chip capacity");
    }

    [Fact]
    public void Ipsos_finds_83_percent_of_Chinese_adults_see_more_benefits_than_drawbacks_the_highest_globally()
    {
        Indicator ipsos = Data.IndicatorsFor("public-opinion.ai-more-benefits-than-drawbacks", "CN").Single();

        ipsos.Value.AsShare().Should().Be(Share.FromPercent(83));
        ipsos.Method.Should().Be(IndicatorMethod.Survey);
        ipsos.ById.Should().Be("ipsos");
        Data.Actor("ipsos").Kind.Should().Be(ActorKind.Pollster);
        Data.ClaimsAbout("CN", "public-opinion").Single().Statement.Should().Contain("highest share globally");
    }

    [Fact]
    public void Stanford_reports_China_leads_in_publications_and_patents_with_the_gap_to_the_US_narrowing()
    {
        Claim leads = Data.ClaimsAbout("CN", "ai-publications-and-patents").Single();
        Claim gap = Data.ClaimsAbout("CN", "ai-performance-gap").Single();

        leads.ById.Should().Be("stanford");
        leads.Statement.Should().Be("China leads in AI publications and patents.");
        gap.ComparatorId.Should().Be("US");
        gap.ById.Should().Be("stanford");
        gap.Sources.Single().Quote.Should().Be("A Stanford report indicates that China leads in AI publications and patents, with the performance gap narrowing against the US");
    }

    [Fact]
    public void US_AI_Action_Plan_tightens_export_controls_regulates_and_deregulates()
    {
        Programme plan = Data.Programme("us-ai-action-plan");

        plan.JurisdictionId.Should().Be("US");
        plan.Instruments.Should().Contain([Instrument.ExportControl, Instrument.Regulation, Instrument.Deregulation, Instrument.Infrastructure]);
        plan.Actors.Single().ActorId.Should().Be("us-trump-administration");
        plan.Headline.Should().BeNull();
        Data.AmbiguitiesAbout("us-ai-action-plan").Should().ContainSingle();
    }

    [Fact]
    public void Global_governance_plan_and_the_mixed_state_and_private_investment_drive_are_recorded()
    {
        Data.Programme("cn-global-ai-governance-plan").Instruments.Should().Equal(Instrument.Plan);
        Programme drive = Data.Programme("cn-ai-state-and-private-investment");
        drive.SponsorKind.Should().Be(SponsorKind.Mixed);
        drive.Instruments.Should().Contain([Instrument.Education, Instrument.ResearchFunding, Instrument.IndustrialInvestment]);
        drive.Sources.Should().Contain(s => s.Quote.Contains("mandatory AI education in schools", StringComparison.Ordinal));
    }

    [Fact]
    public void People_are_recorded_with_their_roles()
    {
        Data.Actor("pan-helin").AffiliationId.Should().BeNull("he serves on an expert committee under the ministry; the article does not make him part of it");
        Data.Actor("pan-helin").Role.Should().Contain("expert committee");
        Data.Actor("bo-zhengyuan").AffiliationId.Should().Be("plenum");
        Data.Actor("xi-jinping").Role.Should().Be("President of China");
        Data.Actor("li-qiang").Role.Should().Be("Premier");
        Data.Actor("deepseek").JurisdictionId.Should().Be("CN-ZJ.hangzhou");
        Data.Actor("waic").Kind.Should().Be(ActorKind.Event);
        Data.Actor("huawei").Kind.Should().Be(ActorKind.Company, "the seeds do not state Huawei's ownership");
    }

    [Fact]
    public void Qualitative_claims_of_the_seeds_are_present()
    {
        Data.ClaimsAbout("CN", "self-sufficiency").Select(c => c.Id).Should().Contain(["c-xi-self-sufficiency", "c-waic-showcase", "c-cn-reduce-gpu-reliance"]);
        Data.ClaimsAbout("CN-SH").Should().Contain(c => c.ById == "pan-helin" && c.Statement.Contains("abundant funding", StringComparison.Ordinal));
        Data.ClaimsAbout("CN-ZJ.hangzhou").Should().Contain(c => c.Statement.Contains("six little dragons", StringComparison.Ordinal));
        Data.ClaimsAbout("deepseek", "open-source-models").Should().ContainSingle();
        Data.ClaimsAbout("zhipu-ai").Single().Statement.Should().Be("Zhipu AI is preparing for an IPO.");
        Data.ClaimsAbout("cn-ai-industry-development-action-plan").Single().ComparatorId.Should().Be("us-stargate-project");
        Data.Claims.Should().Contain(c => c.ById == "li-qiang");
        Data.Claims.Should().Contain(c => c.ById == "bo-zhengyuan" && c.Statement.Contains("containment", StringComparison.Ordinal));
    }

    [Fact]
    public void Self_sufficiency_drive_is_recorded_from_each_article_that_states_it()
    {
        Claim ecosystem = Data.Claims.Single(c => c.Id == "c-independent-ecosystem");
        ecosystem.Sources.Single().SourceId.Should().Be("seed-002");
        ecosystem.Statement.Should().Contain("export controls and capital restrictions");

        Data.Claims.Single(c => c.Id == "c-self-sufficiency-broader-tech").Statement.Should().Contain("quantum computing");
        Data.Claims.Single(c => c.Id == "c-xi-priorities").Sources.Select(s => s.Quote).Should().Equal(
            "Developing Indigenous AI Infrastructure", "Cultivating Domestic Talent", "Reducing Reliance on Foreign Technology", "Strategic Investment in Basic Research");
        Data.Claims.Single(c => c.Id == "c-xi-rivalry-driver").ComparatorId.Should().Be("US");
        Data.Claims.Single(c => c.Id == "c-ai-strategic-priority-all-levels").Sources.Should().HaveCount(2);
        Data.ClaimsAbout("CN", "commentary").Should().ContainSingle(c => c.Statement.Contains("rapid execution", StringComparison.Ordinal));
    }

    [Fact]
    public void Sources_say_unknown_for_dates_the_articles_do_not_give()
    {
        Data.Sources.Should().HaveCount(5);
        Data.Sources.Should().OnlyContain(s => s.Published == PartialDate.Unknown && s.Note!.Contains("no publication date", StringComparison.Ordinal));
        Data.Source("seed-002").Publisher.Should().Be("lumidawealth.com");
        Data.Source("seed-002").Title.Should().BeNull();
        Data.Source("seed-000").Title.Should().Be("China’s AI Industry Development Action Plan: A Response to the US Stargate Project");
    }

    [Fact]
    public void The_US_export_controls_are_their_own_measure_with_the_US_government_as_actor()
    {
        Programme controls = Data.Programme("us-export-controls");

        controls.JurisdictionId.Should().Be("US");
        controls.Instruments.Should().Equal(Instrument.ExportControl);
        controls.Actors.Single().ActorId.Should().Be("us-government");
        controls.Headline.Should().BeNull("no article gives an amount");
        controls.Sources.Select(s => s.SourceId).Distinct().Should().BeEquivalentTo(["seed-001", "seed-002", "seed-003", "seed-004"]);
        Data.Actor("us-government").Kind.Should().Be(ActorKind.GovernmentBody);
        Data.Actor("us-government").Inferences.Select(i => i.Field).Should().Equal(["name", "kind"], "the articles say 'U.S.', not who imposes the controls");
        Data.Programme("us-ai-action-plan").Uses(Instrument.ExportControl).Should().BeTrue("the plan targets tightening them");
    }

    [Fact]
    public void What_the_articles_leave_open_about_the_national_plan_fund_and_city_packages_is_recorded()
    {
        ProgrammeOverlap overlap = Data.OverlapsOf("cn-ai-investment-fund").Single();
        overlap.ProgrammeIds.Should().Equal("cn-ai-industry-development-action-plan", "cn-ai-investment-fund");
        overlap.AmbiguityId.Should().Be("a-cn-programmes-overlap");
        Data.OverlapsOf("cn-sh-ai-subsidy-package").Should().ContainSingle()
            .Which.ProgrammeIds.Should().Equal("cn-ai-industry-development-action-plan", "cn-sh-ai-subsidy-package");
        Data.OverlapsOf("cn-ai-industry-development-action-plan").Should().HaveCount(5, "the fund and each city measure may be part of the plan");
        Data.Overlaps.Should().OnlyContain(o => o.ProgrammeIds.Count == 2 && o.ProgrammeIds[0] == "cn-ai-industry-development-action-plan",
            "the articles relate each programme to the national plan only, never the city packages or the fund to one another");
        Data.OverlapsOf("us-stargate-project").Should().BeEmpty();
        Ambiguity openOverlap = Data.Ambiguities.Single(a => a.Id == "a-cn-programmes-overlap");
        openOverlap.About.Should().BeEquivalentTo(Data.Overlaps.SelectMany(o => o.ProgrammeIds).Distinct());
        openOverlap.Readings.Should().HaveCount(3);
        Ambiguity trillion = Data.AmbiguitiesAbout("cn-ai-industry-development-action-plan").Single(a => a.Id == "a-trillion-composition");
        trillion.Question.Should().Contain("consist of").And.Contain("how many years");
    }

    [Fact]
    public void Figures_record_the_precision_their_digits_imply_and_none_is_called_exact()
    {
        Programme fund = Data.Programme("cn-ai-investment-fund");

        fund.Headline!.SourceConversion!.Precision.Should().Be(100_000_000m, "\"$8.2 billion\" is stated to the nearest 100 million");
        fund.Headline.Precision.Should().Be(1_000_000_000m);
        Data.Programme("cn-ai-industry-development-action-plan").Headline!.Precision.Should().Be(1_000_000_000_000m);
        Data.Programme("cn-sh-ai-subsidy-package").Parts.Should().OnlyContain(p => p.Amount.Precision == 1_000_000m);
        Data.Programmes.Where(p => p.Headline is not null).Should().OnlyContain(p => !p.Headline!.IsExact, "no article gives an exact figure");
    }

    [Fact]
    public void What_the_curators_inferred_is_marked_with_its_reason()
    {
        Inference Only(IReadOnlyList<Inference> inferences, string field) => inferences.Single(i => i.Field == field);

        Only(Data.Programme("us-stargate-project").Inferences, "headline.currency").Reason.Should().Contain("bare '$'");
        Only(Data.Programme("cn-ai-investment-fund").Inferences, "headline.sourceConversion.currency").Reason.Should().Contain("bare '$'");
        foreach (string measures in new[] { "cn-gd-shenzhen-ai-support", "cn-bj-ai-support" })
        {
            Only(Data.Programme(measures).Inferences, "instruments").Reason.Should().Contain("similar support measures");
            Only(Data.Programme(measures).Inferences, "status").Reason.Should().Contain("are launching");
        }

        Only(Data.IndicatorsFor("ai-accelerator-market-share.domestic-chips").Single().Inferences, "method").Reason.Should().Contain("does not say how it was measured");
        Only(Data.IndicatorsAbout("huawei").Single().Inferences, "method").Reason.Should().Contain("names no measurer");
        Data.IndicatorsFor("public-opinion.ai-more-benefits-than-drawbacks").Single().Inferences.Should().BeEmpty("the article says it was a survey");
    }

    [Fact]
    public void Actor_ids_use_only_the_names_the_articles_give_and_remarks_about_an_article_are_not_claims()
    {
        Data.Actor("trump").Name.Should().Be("Trump");
        Data.Actor("biden").Name.Should().Be("Biden");
        Data.Actors.Select(a => a.Id).Should().NotContain(["donald-trump", "joe-biden"]);
        Data.Claims.Should().NotContain(c => c.Statement.Contains("article", StringComparison.OrdinalIgnoreCase) && c.Topic == "chip-performance");
        Data.Source("seed-003").Note.Should().Contain("does not provide specific details on benchmarks");
    }

    [Fact]
    public void Every_seed_article_is_cited()
    {
        foreach (Source source in Data.Sources)
        {
            Data.FactsCiting(source.Id).Should().NotBeEmpty(source.Id);
        }
    }
}
