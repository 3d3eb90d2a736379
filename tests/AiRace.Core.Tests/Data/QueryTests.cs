using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Data;

public class QueryTests
{
    private static readonly PolicyDataset Data = PolicyData.Embedded;

    [Fact]
    public void Programmes_in_China_include_those_of_its_provinces_and_cities()
    {
        string[] ids = Data.ProgrammesIn("CN").Select(p => p.Id).ToArray();

        ids.Should().Contain(["cn-ai-industry-development-action-plan", "cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy", "cn-gd-shenzhen-ai-support", "cn-bj-ai-support", "cn-ai-investment-fund"]);
        ids.Should().NotContain(["us-stargate-project", "us-ai-action-plan"]);
    }

    [Fact]
    public void Programmes_directly_in_China_exclude_sub_jurisdictions()
    {
        Data.ProgrammesIn("CN", includeSubJurisdictions: false).Select(p => p.JurisdictionId).Should().OnlyContain(j => j == "CN");
    }

    [Fact]
    public void Programmes_in_Zhejiang_are_Hangzhous()
    {
        Data.ProgrammesIn("CN-ZJ").Select(p => p.Id).Should().Equal("cn-zj-hangzhou-compute-subsidy");
        Data.ProgrammesIn("CN-GD").Select(p => p.Id).Should().Equal("cn-gd-shenzhen-ai-support");
    }

    [Fact]
    public void Programmes_by_sponsor_kind()
    {
        Data.ProgrammesBySponsor(SponsorKind.Private).Select(p => p.Id).Should().Equal("us-stargate-project");
        Data.ProgrammesBySponsor(SponsorKind.Mixed).Select(p => p.Id).Should().Equal("cn-ai-state-and-private-investment");
        Data.ProgrammesBySponsor(SponsorKind.Unknown).Select(p => p.Id).Should().Equal("cn-project-spare-tire");
    }

    [Fact]
    public void Programmes_by_instrument()
    {
        Data.ProgrammesUsing(Instrument.ComputeSubsidy).Select(p => p.Id).Should().BeEquivalentTo(["cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy"]);
        Data.ProgrammesUsing(Instrument.ExportControl).Select(p => p.Id).Should().Equal("us-ai-action-plan", "us-export-controls");
        Data.ProgrammesUsing(Instrument.InvestmentFund).Select(p => p.Id).Should().Equal("cn-ai-investment-fund");
    }

    [Fact]
    public void Programmes_by_status()
    {
        Data.ProgrammesWithStatus(ProgrammeStatus.Announced).Select(p => p.Id).Should().Contain(["cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy", "us-ai-action-plan"]);
        Data.ProgrammesWithStatus(ProgrammeStatus.Disbursing).Should().BeEmpty("no seed reports money being paid out");
        Data.ProgrammesWithUnknownStatus().Select(p => p.Id).Should().Contain(["us-stargate-project", "cn-ai-investment-fund", "cn-project-spare-tire"]);
    }

    [Fact]
    public void Targets_and_indicators_by_metric_and_subject()
    {
        Data.TargetsFor("semiconductor-self-sufficiency", "CN").Single().Goal.AsShare().Percent.Should().Be(70m);
        Data.TargetsFor("semiconductor-self-sufficiency", "US").Should().BeEmpty();
        Data.TargetsAbout("CN").Should().HaveCount(2);
        Data.IndicatorsFor("ai-chip-performance.relative", "huawei").Single().Value.AsRatio().Should().Be(Ratio.Of(0.65m));
        Data.IndicatorsFor("public-opinion.ai-more-benefits-than-drawbacks", "US").Should().BeEmpty();
    }

    [Fact]
    public void Lookups_by_id_throw_a_clear_error_for_unknown_ids()
    {
        Action act = () => Data.Programme("nope");

        act.Should().Throw<KeyNotFoundException>().WithMessage("The dataset has no programme with id \"nope\".");
    }

    [Fact]
    public void Jurisdiction_tree_is_navigable()
    {
        Data.IsWithin("CN-ZJ.hangzhou", "CN").Should().BeTrue();
        Data.IsWithin("CN-ZJ.hangzhou", "CN-SH").Should().BeFalse();
        Data.ChildrenOf("CN").Select(j => j.Id).Should().BeEquivalentTo(["CN-SH", "CN-ZJ", "CN-GD", "CN-BJ"]);
        Data.Jurisdiction("CN-SH").Kind.Should().Be(JurisdictionKind.Subdivision);
        Data.Jurisdiction("US").ParentId.Should().BeNull();
    }

    [Fact]
    public void Iso_tables_know_the_codes_used()
    {
        Iso3166.IsCountry("CN").Should().BeTrue();
        Iso3166.IsCountry("XX").Should().BeFalse();
        Iso3166.SubdivisionCategory("CN-SH").Should().Be("Municipality");
        Iso3166.SubdivisionCategory("CN-ZJ").Should().Be("Province");
        Iso3166.IsSubdivision("CN-GD").Should().BeTrue();
        Iso3166.IsSubdivision("CN-BJ").Should().BeTrue();
        Iso3166.CountryName("US").Should().Be("United States");
    }
}
