using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AiRace.Notebooks;

namespace AiRace.Package.Tests;

/// <summary>
/// What a user who audits a package finds: the repository and commit it was built from, its licences and the notices of
/// the data it carries, a symbols package whose PDBs SourceLink to that commit with deterministic paths, and help links
/// and a schema $id that all come from the one configured repository URL.
/// </summary>
[Collection("package")]
public class PackageTrustTests
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackageFixture _fixture;
    private static readonly Lazy<string> RepoRoot = new(() => NotebookJob.FindRepoRoot(AppContext.BaseDirectory));
    private static readonly Lazy<string> RepositoryUrl = new(() => MsBuildProperty("AiRaceRepositoryUrl"));
    private static readonly Lazy<string> Branch = new(() => MsBuildProperty("AiRaceRepositoryBranch"));
    private static readonly Lazy<string> Commit = new(() => Git("rev-parse", "HEAD"));

    public PackageTrustTests(PackageFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Packages()
    {
        var data = new TheoryData<string>();
        foreach (string id in PackageFixture.Packages)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Nuspec_NamesTheRepositoryAndTheCommitItWasBuiltFrom(string id)
    {
        XElement metadata = Nuspec(_fixture.PathOf(id));
        RepositoryUrl.Value.Should().StartWith("https://").And.NotContain(".invalid");
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        ((string?)repository.Attribute("type")).Should().Be("git");
        ((string?)repository.Attribute("url")).Should().Be(RepositoryUrl.Value);
        ((string?)repository.Attribute("commit")).Should().Be(Commit.Value, "the package says which commit it was built from");
        Value(metadata, "projectUrl").Should().Be(RepositoryUrl.Value);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_CarriesItsLicenceExpressionTheLicenceAndTheThirdPartyNotices(string id)
    {
        XElement metadata = Nuspec(_fixture.PathOf(id));
        XElement license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        ((string?)license.Attribute("type")).Should().Be("expression");
        license.Value.Should().Be(id == "AiRace.Core" ? "MIT AND LGPL-2.1-or-later" : "MIT",
            "AiRace.Core embeds the ISO 3166 tables of Debian's iso-codes (LGPL-2.1-or-later); the others carry MIT code only");
        using ZipArchive zip = ZipFile.OpenRead(_fixture.PathOf(id));
        foreach (string file in new[] { "LICENSE", "THIRD-PARTY-NOTICES.md", "README.md" })
        {
            ZipArchiveEntry? entry = zip.GetEntry(file);
            entry.Should().NotBeNull($"{id} ships {file} at its root");
            using var reader = new StreamReader(entry!.Open());
            reader.ReadToEnd().Should().Be(File.ReadAllText(Path.Combine(_fixture.RepoRoot, file)), $"{file} in the package is the repository's");
        }
    }

    [Fact]
    public void ThirdPartyNotices_NameEveryEmbeddedDataSourceAndItsTerms()
    {
        string notices = File.ReadAllText(Path.Combine(_fixture.RepoRoot, "THIRD-PARTY-NOTICES.md"));
        notices.Should().Contain("iso-codes").And.Contain("LGPL-2.1-or-later").And.Contain("iso3166-1.csv").And.Contain("iso3166-2.csv");
        notices.Should().Contain("H.10").And.Contain("public domain").And.Contain("usd-cny-daily.csv");
        notices.Should().Contain("ISO 4217").And.Contain("iso4217.csv");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void SymbolsPackage_HoldsAPdbThatSourceLinksToTheCommit_WithDeterministicPaths(string id)
    {
        File.Exists(_fixture.PathOf(id, symbols: true)).Should().BeTrue($"{id} has a symbols package (.snupkg)");
        using ZipArchive zip = ZipFile.OpenRead(_fixture.PathOf(id, symbols: true));
        ZipArchiveEntry pdb = zip.Entries.Single(e => e.FullName == $"lib/net10.0/{id}.pdb");
        using var buffer = new MemoryStream();
        using (Stream s = pdb.Open())
        {
            s.CopyTo(buffer);
        }

        buffer.Position = 0;
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
        MetadataReader reader = provider.GetMetadataReader();
        string[] documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToArray();
        documents.Should().NotBeEmpty().And.OnlyContain(d => d.StartsWith("/_/", StringComparison.Ordinal), "a CI build maps source paths to /_/ (ContinuousIntegrationBuild)");

        CustomDebugInformation sourceLink = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation)
            .Single(c => reader.GetGuid(c.Kind) == SourceLinkKind);
        using JsonDocument json = JsonDocument.Parse(reader.GetBlobBytes(sourceLink.Value));
        string target = json.RootElement.GetProperty("documents").GetProperty("/_/*").GetString()!;
        Uri repository = new(RepositoryUrl.Value);
        repository.Host.Should().Be("github.com", "the SDK's GitHub SourceLink provider maps the configured URL");
        target.Should().Be($"https://raw.githubusercontent.com{repository.AbsolutePath.TrimEnd('/')}/{Commit.Value}/*");
    }

    [Fact]
    public void AnalyzerHelpLinksAndSchemaId_ComeFromTheConfiguredRepositoryUrl()
    {
        using ZipArchive zip = ZipFile.OpenRead(_fixture.PackagePath);
        using var analyzer = new MemoryStream();
        using (Stream s = zip.GetEntry("analyzers/dotnet/cs/AiRace.Analyzers.dll")!.Open())
        {
            s.CopyTo(analyzer);
        }

        // The help links are built from one string constant: it sits in the assembly's user-string heap (UTF-16).
        string helpLinkBase = RepositoryUrl.Value + "/blob/" + Branch.Value + "/analyzers/docs/";
        Contains(analyzer.ToArray(), Encoding.Unicode.GetBytes(helpLinkBase)).Should().BeTrue($"the analyzers' help links start with {helpLinkBase}");
        Contains(analyzer.ToArray(), Encoding.Unicode.GetBytes(".invalid")).Should().BeFalse();

        using var schema = new StreamReader(zip.GetEntry("schemas/policy-dataset.schema.json")!.Open());
        using JsonDocument document = JsonDocument.Parse(schema.ReadToEnd());
        document.RootElement.GetProperty("$id").GetString().Should().Be(RepositoryUrl.Value + "/raw/" + Branch.Value + "/src/AiRace.Core/Data/policy-dataset.schema.json");
    }

    [Fact]
    public void RepositoryUrl_IsSetInOnePlace()
    {
        string[] files = Directory.EnumerateFiles(_fixture.RepoRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/artifacts/", StringComparison.Ordinal) && !f.Contains("/.git/", StringComparison.Ordinal))
            .Where(f => Path.GetExtension(f) is ".cs" or ".props" or ".targets" or ".csproj")
            .Where(f => File.ReadAllText(f).Contains(RepositoryUrl.Value, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(_fixture.RepoRoot, f))
            .ToArray();
        files.Should().Equal(new[] { "Directory.Build.props" }, "code and build files take the URL from the AiRaceRepositoryUrl property");
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static XElement Nuspec(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

    private static string MsBuildProperty(string name)
    {
        ProcessRunner.Result r = PackageFixture.Dotnet(RepoRoot.Value, "msbuild", "src/AiRace.Core/AiRace.Core.csproj", "-getProperty:" + name, "-nologo");
        r.ExitCode.Should().Be(0, r.Output);
        return r.Output.Trim();
    }

    private static string Git(params string[] args)
    {
        ProcessRunner.Result r = ProcessRunner.Run("git", args, RepoRoot.Value, TimeSpan.FromMinutes(1));
        r.ExitCode.Should().Be(0, r.Output);
        return r.Output.Trim();
    }
}
